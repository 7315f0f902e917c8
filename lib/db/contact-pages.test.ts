import { describe, expect, it } from 'vitest';
import { CompanionDb } from './tables';
import { cachedContacts, compactPages, hasCachedContacts, latestCopies } from './contact-pages';

const contact = (identity: string, name: string, lastMessageDate: number) => ({ identity, name, lastMessageDate });

describe('contact pages', () => {
  it.each([
    ['newer interaction wins', [[contact('a', 'old', 1)], [contact('a', 'new', 2)]], ['new']],
    ['an older copy on a later page does not win', [[contact('a', 'new', 5)], [contact('a', 'old', 1)]], ['new']],
    ['a tie goes to the later page', [[contact('a', 'first', 3)], [contact('a', 'second', 3)]], ['second']],
    ['different contacts all stay', [[contact('a', 'A', 1)], [contact('b', 'B', 1)]], ['A', 'B']],
  ])('%s', (_label, pages, names) => {
    const records = pages.map((contacts, page) => ({ installationId: 'n1', page, contacts }));
    expect(latestCopies(records).map((entry) => entry.name)).toEqual(names);
  });

  it('compacts a number\'s pages without losing the latest copy of anyone, and leaves other numbers alone', async () => {
    const db = new CompanionDb(`pages-${Math.random()}`);
    await db.contactPages.bulkPut([
      { installationId: 'n1', page: 0, contacts: [contact('a', 'old', 1), contact('b', 'B', 1)] },
      { installationId: 'n1', page: 1, contacts: [contact('a', 'new', 2)] },
      { installationId: 'n2', page: 0, contacts: [contact('a', 'other number', 1)] },
    ]);
    expect(await compactPages(db, 'n1', 2)).toBe(3);
    expect(await db.contactPages.where('installationId').equals('n1').toArray()).toEqual([
      { installationId: 'n1', page: 2, contacts: [contact('a', 'new', 2), contact('b', 'B', 1)], compacted: true },
    ]);
    expect((await cachedContacts(db, 'n2')).map((entry) => entry.name)).toEqual(['other number']);
    expect(await hasCachedContacts(db, 'n3')).toBe(false);
  });
});
