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
});
