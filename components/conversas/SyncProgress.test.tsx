import { render } from 'preact';
import { act } from 'preact/test-utils';
import { signal } from '@preact/signals';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Installation } from '@/lib/domain/installation';
import { createSearchClient } from '@/lib/ui/search-client';
import { SyncProgress } from './SyncProgress';

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

  it('says the search is being prepared while the index reports it is building', async () => {
    await act(() => render(<SyncProgress installations={[attendant]} states={signal([])} status={signal({ indexed: 1200, building: true, skipped: 0 })} />, document.body));
    expect(document.body.textContent).toMatch(/1[.,]200/);
  });
});
