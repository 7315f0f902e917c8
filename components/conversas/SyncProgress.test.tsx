import { render } from 'preact';
import { act } from 'preact/test-utils';
import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Installation } from '@/lib/domain/installation';
import { createSearchClient } from '@/lib/ui/search-client';
import { PREPARING_AFTER_MS, SyncProgress } from './SyncProgress';

const attendant = { id: 'n1', name: 'Tienda Norte', role: 'attendant' } as Installation;

describe('SyncProgress', () => {
  afterEach(() => {
    render(null, document.body);
    vi.restoreAllMocks();
  });

  it('says nothing about the index before the index has reported, and formats no number for it', async () => {
    const made = vi.spyOn(Intl, 'NumberFormat');
    const rules = vi.spyOn(Intl, 'PluralRules');
    const client = createSearchClient();
    await act(() => render(<SyncProgress installations={[attendant]} states={signal([])} status={client.status} />, document.body));
    expect(document.body.textContent).toBe('');
    expect(made).not.toHaveBeenCalled();
    expect(rules).not.toHaveBeenCalled();
  });

  it('says the search is being prepared once the index has been building a while, not for a moment', async () => {
    vi.useFakeTimers();
    try {
      const status = signal({ indexed: 1200, building: true, skipped: 0 });
      await act(() => render(<SyncProgress installations={[attendant]} states={signal([])} status={status} />, document.body));
      expect(document.body.textContent).toBe('');
      await act(() => void vi.advanceTimersByTime(PREPARING_AFTER_MS));
      expect(document.body.textContent).toMatch(/1[.,]200/);
      await act(() => {
        status.value = { indexed: 4500, building: false, skipped: 0 };
      });
      expect(document.body.textContent).toBe('');
      // Building again for a moment (a new page of contacts) says nothing.
      await act(() => {
        status.value = { indexed: 4500, building: true, skipped: 0 };
      });
      await act(() => void vi.advanceTimersByTime(PREPARING_AFTER_MS - 100));
      await act(() => {
        status.value = { indexed: 4600, building: false, skipped: 0 };
      });
      await act(() => void vi.advanceTimersByTime(200));
      expect(document.body.textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });
});
