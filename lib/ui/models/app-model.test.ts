import { describe, expect, it, vi } from 'vitest';
import { signal } from '@preact/signals';
import type { Installation } from '../../domain/installation';

const reads = vi.hoisted(() => new Map<string, { value: { value: unknown }; loaded: { value: boolean } }>());
vi.mock('../live-signal', () => ({
  liveSignal: (name: string, initial: unknown) => {
    const value = signal(initial);
    const loaded = signal(false);
    reads.set(name, { value, loaded });
    return Object.assign(value, { loaded });
  },
}));

const rpc = vi.hoisted(() => vi.fn());
vi.mock('../../rpc/client', () => ({ rpc }));

const { createAppModel } = await import('./app-model');
const number = (id: string) => ({ id, name: id, phone: '+5215500000000', host: 'https://acme.http.msging.net', createdAt: 1 }) as Installation;
const answer = (name: string, value: unknown) => {
  reads.get(name)!.value.value = value;
  reads.get(name)!.loaded.value = true;
};

describe('the selected number', () => {
  it('is none until the settings are read, then the one they name (not the first number meanwhile)', () => {
    const app = createAppModel();
    answer('installations', [number('a'), number('b')]);
    expect(app.selected.value).toBeUndefined();
    answer('settings', { selectedInstallationId: 'b' });
    expect(app.selected.value?.id).toBe('b');
  });

  it('is the first number when the settings name none (or one that is gone)', () => {
    const app = createAppModel();
    answer('settings', { selectedInstallationId: 'gone' });
    answer('installations', [number('a'), number('b')]);
    expect(app.selected.value?.id).toBe('a');
  });

  it('is the one chosen in the page at once, before the stored settings say so', async () => {
    const app = createAppModel();
    answer('installations', [number('a'), number('b')]);
    answer('settings', { selectedInstallationId: 'a' });
    rpc.mockResolvedValueOnce(undefined);
    const choosing = app.selectInstallation('b');
    expect(app.selected.value?.id).toBe('b');
    await choosing;
    expect(rpc).toHaveBeenCalledWith('settings.selectInstallation', { id: 'b' });
    answer('settings', { selectedInstallationId: 'b' });
    // Another page chooses later: its choice is followed.
    answer('settings', { selectedInstallationId: 'a' });
    expect(app.selected.value?.id).toBe('a');
  });

  it('goes back to the stored one when the choice is refused', async () => {
    const app = createAppModel();
    answer('installations', [number('a'), number('b')]);
    answer('settings', { selectedInstallationId: 'a' });
    rpc.mockRejectedValueOnce(new Error('not-found'));
    await expect(app.selectInstallation('b')).rejects.toThrow('not-found');
    expect(app.selected.value?.id).toBe('a');
  });
});
