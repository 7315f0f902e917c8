import { render } from 'preact';
import { act } from 'preact/test-utils';
import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '@/lib/i18n/i18n';
import { AbsenceSection } from './AbsenceSection';
import type { SidePanelModels } from '@/lib/ui/pages/side-panel';
import type { Installation } from '@/lib/domain/installation';
import type { AbsenceRecord } from '@/lib/domain/absence';

vi.mock('@/lib/rpc/client', () => ({ rpc: vi.fn(async () => undefined) }));

const number = (id: string): Installation => ({ id, name: id, phone: '+5215512345678', host: 'https://acme.http.msging.net', role: 'attendant' }) as Installation;
const absence = (installationId: string, enabled: boolean, message: string, pending = false, updatedAt = 1): AbsenceRecord =>
  ({ installationId, setting: { enabled, message, suggestedContact: null }, pending, updatedAt }) as AbsenceRecord;

describe('AbsenceSection', () => {
  afterEach(() => render(null, document.body));

  it('shows the next number its own stored setting, even when it comes with a change of that setting while the user was editing', async () => {
    const selected = signal<Installation | undefined>(number('a'));
    const selectedAbsence = signal<AbsenceRecord | undefined>(absence('a', false, 'Mensaje A'));
    const models = { app: { selected, selectedAbsence } } as unknown as SidePanelModels;
    await act(() => render(<AbsenceSection models={models} />, document.body));
    const message = () => document.querySelector<HTMLTextAreaElement>('#absence-message')!;
    const enabled = () => document.querySelector<HTMLInputElement>('[role="switch"]')!;
    expect(message().value).toBe('Mensaje A');

    await act(() => {
      message().value = 'Editado en A';
      message().dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Number B is selected in the same moment its setting changes (e.g. switched on from the popup).
    await act(() => {
      selected.value = number('b');
      selectedAbsence.value = absence('b', true, 'Mensaje B');
    });
    expect(message().value).toBe('Mensaje B');
    expect(enabled().checked).toBe(true);

    await act(() => void (selectedAbsence.value = absence('b', false, 'Mensaje B')));
    expect(enabled().checked).toBe(false);
  });

  it('keeps what the user did before the section\'s first effects ran: a save with an empty message says why', async () => {
    const selected = signal<Installation | undefined>(number('a'));
    const selectedAbsence = signal<AbsenceRecord | undefined>(absence('a', false, ''));
    const models = { app: { selected, selectedAbsence } } as unknown as SidePanelModels;
    // Drawn outside act: its effects wait for the next frame, as in a page, and the user is faster.
    render(<AbsenceSection models={models} />, document.body);
    await act(async () => {
      document.querySelector<HTMLFormElement>('form')!.requestSubmit();
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    expect(document.body.textContent).toContain(t('common.required'));
  });

  it('says the bot has the setting only once the copy it shows is the one just saved and delivered', async () => {
    const selected = signal<Installation | undefined>(number('a'));
    const selectedAbsence = signal<AbsenceRecord | undefined>(absence('a', false, 'Antes'));
    const models = { app: { selected, selectedAbsence } } as unknown as SidePanelModels;
    await act(() => render(<AbsenceSection models={models} />, document.body));
    const saved = () => document.querySelector('[data-testid="absence-saved"]')?.textContent;
    await act(async () => {
      document.querySelector<HTMLFormElement>('form')!.requestSubmit();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    // The page still holds the copy from before the save: it is not what the bot got.
    expect(saved()).toBe(t('absence.saved'));
    await act(() => void (selectedAbsence.value = absence('a', false, 'Antes', true, Date.now())));
    expect(saved()).toBe(t('absence.saved'));
    await act(() => void (selectedAbsence.value = { ...selectedAbsence.value!, pending: false }));
    expect(saved()).toBe(t('absence.delivered'));
  });
});
