import type { ContactPageRecord } from '../domain/contact';
import { keyOf, usable } from '../db/checked-read';
import { reportDamaged } from '../db/damage';
import { checkContact } from '../db/valid-records';
import type { ContactIndexBuilder } from './index-builder';

const LATEST_DATE = 8.64e15;

/**
 * Adds a page's cached contacts to a builder, as the cache's own check reads them (one written by
 * an older version is mended where it can be; one without an identity is left out and reported);
 * returns how many were left out.
 */
export function addPage(builder: ContactIndexBuilder, page: ContactPageRecord): number {
  const where = `${page.installationId}#${page.page}`;
  const raw: unknown = page.contacts;
  if (!Array.isArray(raw)) {
    reportDamaged({ table: 'contactPages', key: where, problem: 'no contacts list', skipped: true });
    return 1;
  }
  const contacts = usable('contactPages', raw, checkContact, (contact) => `${where}/${keyOf('identity')(contact)}`);
  for (const contact of contacts) builder.add({ ...contact, lastMessageDate: Math.min(LATEST_DATE, Math.max(0, contact.lastMessageDate)) });
  return raw.length - contacts.length;
}
