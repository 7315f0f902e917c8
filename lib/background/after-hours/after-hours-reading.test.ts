import { beforeEach, describe, expect, it } from 'vitest';
import { createStore, type SandboxStore } from '../../../sandbox/store';
import { sandboxTransport } from '../../../tests/helpers/sandbox-transport';
import type { AfterHoursContactRecord } from '../../domain/after-hours';
import { firstReading, laterReading, type AfterHoursReading, type KeptContacts } from './after-hours-reading';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const LISTING = '/threads?$skip=0&$take=100';

describe("a number's after-hours list, read again", () => {
  let store: SandboxStore;
  let log: string[];
  let kept: Map<string, AfterHoursContactRecord>;
  const contacts: KeptContacts = { known: async (identities) => identities.map((identity) => kept.get(identity)), kept: async () => [...kept.values()] };
  const transport = () => sandboxTransport(store, 'norte', { log });
  const apply = (reading: AfterHoursReading) => {
    for (const record of reading.keep) kept.set(record.identity, record);
    for (const identity of reading.drop) kept.delete(identity);
  };
  /** A customer message, now, in the thread of `identity`. */
  const write = (identity: string, at: number) => {
    const thread = store.bots.get('norte')!.threads.get(identity) ?? [];
    thread.push({ id: `new-${at}`, direction: 'received', type: 'text/plain', content: 'hola', date: new Date(at).toISOString() });
    store.bots.get('norte')!.threads.set(identity, thread);
  };

  beforeEach(async () => {
    store = createStore(NOW);
    log = [];
    kept = new Map();
    apply(await firstReading(transport(), 'norte', NOW));
    log.length = 0;
  });

  it('reads a thread listed again with no new message only once', async () => {
    const identity = [...kept.keys()][0]!;
    write(identity, NOW + 30_000);
    const later = await laterReading(transport(), { installationId: 'norte', threadsSeenAt: NOW + 45_000 }, contacts, NOW + 60_000);
    apply(later);
    expect(log.filter((uri) => uri.startsWith(`/threads/${identity}`))).toHaveLength(1);
    expect(kept.get(identity)!.receivedAt).toContain(NOW + 30_000);

    // Listed again within the margin, unchanged: only the listing (and at most a couple of delivery looks).
    log.length = 0;
    apply(await laterReading(transport(), { installationId: 'norte', threadsSeenAt: NOW + 60_000, threadsRead: later.threadsRead }, contacts, NOW + 70_000));
    expect(log[0]).toBe(LISTING);
    expect(log.filter((uri) => uri.startsWith(`/threads/${identity}`) || uri.startsWith('/contacts'))).toEqual([]);
    expect(log.length).toBeLessThanOrEqual(3);
  });

  it('looks at a couple of pending deliveries per reading, the ones looked at longest ago first, each at most once a minute', async () => {
    const pending = [...kept.values()].slice(0, 5).map((record, index) => ({ ...record, activeDelivery: { at: NOW - (index + 2) * 60_000, status: 'accepted' } }));
    for (const record of pending) kept.set(record.identity, record);
    const identities = new Set(pending.map((record) => record.identity));
    const looks = () => log.filter((uri) => uri.startsWith('/threads/') && identities.has(uri.slice('/threads/'.length, uri.indexOf('?'))));
    const seen = new Set<string>();
    for (let reading = 0; reading < 3; reading++) {
      log.length = 0;
      apply(await laterReading(transport(), { installationId: 'norte', threadsSeenAt: NOW }, contacts, NOW + 1_000 + reading * 1_000));
      expect(looks().length).toBeLessThanOrEqual(2);
      for (const uri of looks()) seen.add(uri.slice('/threads/'.length, uri.indexOf('?')));
    }
    // Five pending, two a reading: three readings looked at every one.
    expect(seen.size).toBe(5);
    log.length = 0;
    apply(await laterReading(transport(), { installationId: 'norte', threadsSeenAt: NOW }, contacts, NOW + 4_000));
    expect(looks()).toEqual([]);
  });
});
