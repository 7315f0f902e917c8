import Dexie from 'dexie';
import type { CachedContact, ContactPageRecord } from '../domain/contact';
import type { Database } from './database';
import { tablesOf } from './tables';
import { keyOf, usable } from './checked-read';
import { checkContact } from './valid-records';
import { reportDamaged } from './damage';

/** Contacts per record when pages are rewritten by a compaction. */
const COMPACT_PAGE = 5_000;
/** Incremental pages tolerated before a number's pages are rewritten without stale copies. */
export const COMPACT_AFTER_PAGES = 200;

/**
 * All page records, in key order, a few at a time (for the index build: memory stays bounded), each
 * with only the cached contacts that can be read (see `readablePage`).
 */
export async function* eachPage(db: Database, batch = 20): AsyncGenerator<ContactPageRecord[]> {
  const { contactPages } = tablesOf(db);
  let last: [string, number] | undefined;
  for (;;) {
    const records = await (last ? contactPages.where(':id').above(last) : contactPages.toCollection()).limit(batch).toArray();
    if (records.length) yield records.map(readablePage);
    if (records.length < batch) return;
    const end = records[records.length - 1]!;
    last = [end.installationId, end.page];
  }
}

/** A page record with only the cached contacts that can be read (the others left out and reported). */
function readablePage(page: ContactPageRecord): ContactPageRecord {
  const where = `${page.installationId}#${page.page}`;
  if (!Array.isArray(page.contacts)) {
    reportDamaged({ table: 'contactPages', key: where, problem: 'no contacts list', skipped: true });
    return { ...page, contacts: [] };
  }
  const contacts = usable('contactPages', page.contacts, checkContact, (raw) => `${where}/${keyOf('identity')(raw)}`);
  return contacts.length === page.contacts.length && contacts.every((contact, index) => contact === page.contacts[index]) ? page : { ...page, contacts };
}

/** Keeps, per identity, the copy with the latest interaction (the later page on a tie), of the contacts that can be read. */
export function latestCopies(pages: ContactPageRecord[]): CachedContact[] {
  const byIdentity = new Map<string, CachedContact>();
  for (const page of [...pages].map(readablePage).sort((a, b) => a.page - b.page)) {
    for (const contact of page.contacts) {
      const known = byIdentity.get(contact.identity);
      if (!known || contact.lastMessageDate >= known.lastMessageDate) byIdentity.set(contact.identity, contact);
    }
  }
  return [...byIdentity.values()];
}

/** One number's page records from page `from` on, in page order, a few at a time. */
export async function* pagesOf(db: Database, installationId: string, from: number, batch = 10): AsyncGenerator<ContactPageRecord[]> {
  const { contactPages } = tablesOf(db);
  let next = from;
  for (;;) {
    const records = await contactPages.where('[installationId+page]').between([installationId, next], [installationId, Dexie.maxKey]).limit(batch).toArray();
    if (records.length) yield records;
    if (records.length < batch) return;
    next = records[records.length - 1]!.page + 1;
  }
}

/** The numbers that have cached contacts, with the number after their last page. */
export async function pageEnds(db: Database): Promise<Map<string, number>> {
  const ends = new Map<string, number>();
  await tablesOf(db).contactPages.orderBy('[installationId+page]').eachPrimaryKey(([installationId, page]) => {
    ends.set(installationId, Math.max(ends.get(installationId) ?? 0, page + 1));
  });
  return ends;
}

function numberPages(db: Database, installationId: string) {
  return tablesOf(db).contactPages.where('[installationId+page]').between([installationId, Dexie.minKey], [installationId, Dexie.maxKey]);
}

/** One number's cached contacts, without stale copies. */
export async function cachedContacts(db: Database, installationId: string): Promise<CachedContact[]> {
  return latestCopies(await numberPages(db, installationId).toArray());
}

/** True when the number has at least one cached contact. */
export async function hasCachedContacts(db: Database, installationId: string): Promise<boolean> {
  return (await numberPages(db, installationId).limit(1).count()) > 0;
}

/**
 * Rewrites a number's pages without stale copies, in one transaction, and returns the next page
 * number. Run after many incremental pages; nothing that is still the latest copy is dropped.
 */
export async function compactPages(db: Database, installationId: string, nextPage: number): Promise<number> {
  const { contactPages } = tablesOf(db);
  return tablesOf(db).transaction('rw', contactPages, async () => {
    const contacts = await cachedContacts(db, installationId);
    await numberPages(db, installationId).delete();
    let page = nextPage;
    for (let start = 0; start < contacts.length; start += COMPACT_PAGE) {
      await contactPages.put({ installationId, page: page++, contacts: contacts.slice(start, start + COMPACT_PAGE), compacted: true });
    }
    return page;
  });
}
