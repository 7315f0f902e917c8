import { getDb } from '../../../lib/db/database';
import { getSyncState, saveSyncPage } from '../../../lib/db/contact-sync-state';
import type { CachedContact } from '../../../lib/domain/contact';
import { generateContacts } from '../data';
import { generateQueries } from '../queries';

const PAGE = 5_000;

/**
 * Runs in an extension page: writes `rows` generated contacts into the extension's contact cache, as
 * a first sync writes them (pages of 5000 with their progress, through the product's repository),
 * shared between two numbers; returns queries drawn from them.
 */
async function seed(rows: number, installationIds: [string, string], now: number, perKind: number) {
  const { contacts } = generateContacts(rows, now, 23);
  const byNumber = new Map<string, Map<string, CachedContact>>(installationIds.map((id) => [id, new Map()]));
  for (const contact of contacts) {
    for (let bit = 0; bit < 5; bit++) {
      if (!(contact.numbers & (1 << bit))) continue;
      const cached: CachedContact = { identity: contact.identity, ...(contact.name ? { name: contact.name } : {}), phoneNumber: contact.phoneNumber, lastMessageDate: contact.lastMessageDate };
      byNumber.get(installationIds[bit % 2]!)!.set(contact.identity, cached);
    }
  }
  const db = getDb();
  for (const [installationId, cached] of byNumber) {
    // Newest first, as a first sync reads them.
    const list = [...cached.values()].sort((a, b) => b.lastMessageDate - a.lastMessageDate);
    let state = (await getSyncState(db, installationId))!;
    for (let start = 0; start < list.length; start += PAGE) {
      const page = state.nextPage ?? 0;
      state = { ...state, nextPage: page + 1, updatedAt: Date.now() };
      await saveSyncPage(db, { installationId, page, contacts: list.slice(start, start + PAGE) }, state);
    }
  }
  const queries = generateQueries(contacts, perKind);
  const named = contacts.filter((contact) => contact.name && contact.name.split(' ').length >= 3);
  return { unique: contacts.length, queries, probe: named[named.length - 1]!.name! };
}

(globalThis as unknown as { benchSeed: typeof seed }).benchSeed = seed;
