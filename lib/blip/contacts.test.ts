import { describe, expect, it } from 'vitest';
import { createStore } from '../../sandbox/store';
import { sandboxTransport } from '../../tests/helpers/sandbox-transport';
import { listContacts } from './contacts';

describe('contacts newest first, where $orderby is unofficial', () => {
  it.each([
    ['honoured', true],
    ['refused', false],
    ['ignored', false],
  ] as const)('a tenant that %s it still gets a newest-first page (ordered by Blip: %s)', async (orderBy, ordered) => {
    const store = createStore(Date.parse('2026-03-04T15:00:00Z'));
    store.bots.get('norte')!.capabilities.orderBy = orderBy;
    const log: string[] = [];
    const page = await listContacts(sandboxTransport(store, 'norte', { log }), { skip: 0, take: 40 });
    const dates = page.items.map((item) => item.lastMessageDate!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(page.ordered).toBe(ordered);
    expect(log.at(-1)!.includes('$orderby')).toBe(orderBy !== 'refused');
  });
});
