import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/database';
import { getSyncState, putSyncState } from '../../db/contact-sync-state';
import { listContacts } from '../../blip/contacts';
import { createStore, type SandboxStore } from '../../../sandbox/store';
import { sandboxTransport } from '../../../tests/helpers/sandbox-transport';
import { syncContacts } from './contact-sync';
import { AppError } from '../../errors/app-error';
import { cachedContacts, eachPage } from '../../db/contact-pages';

const NOW = Date.parse('2026-03-01T12:00:00Z');

describe('contact sync', () => {
  let db: Database;
  let store: SandboxStore;
  let log: string[];
  const deps = (take = 700) => ({
    db,
    fetchPage: (query: Parameters<typeof listContacts>[1]) => listContacts(sandboxTransport(store, 'norte', { log }), query),
    now: () => NOW,
    initialTake: take,
    incrementalTake: 400,
  });

  /** Every page record written, in key order. */
  const pages = async () => {
    const all = [];
    for await (const batch of eachPage(db)) all.push(...batch);
    return all;
  };

  beforeEach(() => {
    db = openDatabase(`sync-${Math.random()}`);
    store = createStore(NOW);
    log = [];
  });

  it('caches every contact on the first pass and records progress', async () => {
    const state = await syncContacts(deps(), 'n1');
    expect(await cachedContacts(db, 'n1')).toHaveLength(2500);
    expect(await pages()).toHaveLength(4);
    expect(state).toMatchObject({ phase: 'incremental', fetched: 2500, total: 2500, running: false, cursor: store.bots.get('norte')!.contacts[0]!.lastMessageDate });
    expect(log[0]).toContain('$orderby=lastMessageDate desc');
    expect(log).toHaveLength(4);
  });

  it('resumes a first pass where a stopped worker left it', async () => {
    await putSyncState(db, { installationId: 'n1', phase: 'initial', skip: 2100, fetched: 2100, cursor: '2026-03-01T00:00:00.000Z', running: true, updatedAt: 1 });
    await syncContacts(deps(), 'n1');
    expect(log).toEqual([expect.stringContaining('$skip=2100')]);
    expect(await cachedContacts(db, 'n1')).toHaveLength(400);
    expect((await pages()).map((page) => page.page)).toEqual([0]);
  });

  it('then asks only for contacts that interacted since, and keeps old ones', async () => {
    await syncContacts(deps(), 'n1');
    const bot = store.bots.get('norte')!;
    const old = bot.contacts.at(-1)!;
    bot.contacts.unshift({ identity: '5215599990000@wa.gw.msging.net', name: 'Nueva Clienta', source: 'WhatsApp', lastMessageDate: new Date(NOW + 60_000).toISOString() });
    bot.contacts.splice(bot.contacts.indexOf(old), 1);
    log.length = 0;
    const state = await syncContacts(deps(), 'n1');
    expect(log).toHaveLength(1);
    expect(log[0]).toContain("lastmessagedate ge datetimeoffset'");
    expect(state.fetched).toBe(2);
    const cached = await cachedContacts(db, 'n1');
    expect(cached.find((contact) => contact.identity === '5215599990000@wa.gw.msging.net')).toMatchObject({ name: 'Nueva Clienta' });
    expect(cached.find((contact) => contact.identity === old.identity)).toBeDefined();
    expect(cached).toHaveLength(2501);
  });

  it('slides the date window when more than 10000 contacts changed', async () => {
    await syncContacts(deps(), 'n1');
    const bot = store.bots.get('norte')!;
    const fresh = Array.from({ length: 10_500 }, (_, index) => ({
      identity: `52155${String(index).padStart(8, '0')}@wa.gw.msging.net`,
      source: 'WhatsApp',
      lastMessageDate: new Date(NOW + 20_000_000 - index * 1000).toISOString(),
    }));
    bot.contacts.unshift(...fresh);
    log.length = 0;
    await syncContacts({ ...deps(), incrementalTake: 5_000 }, 'n1');
    expect(await getSyncState(db, 'n1')).toMatchObject({ lastError: undefined });
    expect(log.some((uri) => uri.includes('lastmessagedate le'))).toBe(true);
    expect(await cachedContacts(db, 'n1')).toHaveLength(2500 + 10_500);
    expect((await getSyncState(db, 'n1'))!.cursor).toBe(fresh[0]!.lastMessageDate);
  });

  it('passes over contacts it cannot read, counts them, and never stops at their page', async () => {
    const bot = store.bots.get('norte')!;
    // Malformed as a damaged CRM could return them: no identity, a name that is not text.
    bot.contacts.splice(10, 0, { identity: '', source: 'WhatsApp' } as never, { identity: '5215500000001@wa.gw.msging.net', name: 42 } as never);
    const state = await syncContacts(deps(), 'n1');
    expect(state).toMatchObject({ phase: 'incremental', unreadable: 2, lastError: undefined, fetched: 2502 });
    expect(await cachedContacts(db, 'n1')).toHaveLength(2500);
    expect(log).toHaveLength(4);
  });

  it('keeps Blip\'s details with a failure', async () => {
    const failing = { ...deps(), fetchPage: () => Promise.reject(new AppError('rate-limited', 'Too many requests', { status: 429, retryAfterMs: 30_000 })) };
    const state = await syncContacts(failing, 'n1');
    expect(state.lastError).toMatchObject({ code: 'rate-limited', details: { status: 429, retryAfterMs: 30_000 } });
  });

  it('records a failure and keeps what was cached', async () => {
    await syncContacts(deps(), 'n1');
    const failing = { ...deps(), fetchPage: () => Promise.reject(new Error('boom')) };
    const state = await syncContacts(failing, 'n1');
    expect(state).toMatchObject({ running: false, lastError: { code: 'internal' } });
    expect(await cachedContacts(db, 'n1')).toHaveLength(2500);
  });
});
