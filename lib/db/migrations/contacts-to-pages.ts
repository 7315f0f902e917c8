import type { Transaction } from 'dexie';

const PAGE = 5_000;

/**
 * Schema 2.1: the per-contact `contacts` table of schema 2 becomes page records (one record per
 * 5000 contacts of a number); each number's sync state learns its next page number. The sync
 * cursor is kept, so no contact is downloaded again.
 */
export async function contactsToPages(tx: Transaction): Promise<void> {
  const rows = (await tx.table('contacts').toArray()) as Array<Record<string, unknown> & { installationId: string }>;
  const byNumber = new Map<string, Array<Record<string, unknown>>>();
  for (const { installationId, ...contact } of rows) byNumber.set(installationId, [...(byNumber.get(installationId) ?? []), contact]);
  for (const [installationId, contacts] of byNumber) {
    let page = 0;
    for (let start = 0; start < contacts.length; start += PAGE) {
      await tx.table('contactPages').add({ installationId, page: page++, contacts: contacts.slice(start, start + PAGE) });
    }
    await tx.table('contactSync').where('installationId').equals(installationId).modify({ nextPage: page });
  }
}
