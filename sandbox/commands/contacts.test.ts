import { describe, expect, it } from 'vitest';
import { createStore } from '../store';
import { dispatchCommand } from './router';

const store = createStore(Date.parse('2026-03-01T12:00:00Z'));
const bot = store.bots.get('norte')!;
const get = (uri: string) => dispatchCommand(store, bot, { id: '1', to: 'postmaster@crm.msging.net', method: 'get', uri });
type Page = { total: number; items: Array<{ name?: string; lastMessageDate: string; city?: string }> };

describe('sandbox contacts', () => {
  it('orders by last interaction, newest first', () => {
    const reply = get('/contacts?$skip=0&$take=50&$orderby=lastMessageDate%20desc');
    const dates = (reply.resource as Page).items.map((item) => item.lastMessageDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((reply.resource as Page).total).toBe(2500);
  });

  it('filters by name prefix and by period', () => {
    const filter = encodeURIComponent("(startswith(name,'José')) and (lastmessagedate ge datetimeoffset'2026-01-01T00:00:00.000Z')");
    const { items, total } = get(`/contacts?$take=100&$filter=${filter}`).resource as Page;
    expect(total).toBeGreaterThan(0);
    expect(items.every((item) => item.name?.startsWith('José') && item.lastMessageDate >= '2026-01-01')).toBe(true);
  });

  it('refuses skip + take above 10000 with a filter, and a take above 30000 without', () => {
    expect(get(`/contacts?$skip=9950&$take=100&$filter=${encodeURIComponent("city eq 'Lima'")}`)).toMatchObject({ status: 'failure', reason: { code: 64 } });
    expect(get('/contacts?$take=30001')).toMatchObject({ status: 'failure' });
    expect(get('/contacts?$skip=9950&$take=100')).toMatchObject({ status: 'success' });
  });

  it('answers a malformed filter with a LIME failure', () => {
    expect(get(`/contacts?$filter=${encodeURIComponent('startswith(name')}`)).toMatchObject({ status: 'failure', reason: { code: 64 } });
  });
});
