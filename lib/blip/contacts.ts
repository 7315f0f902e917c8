import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema, type Collection } from './lime';
import { withQuery } from './paging';
import { AppError } from '../errors/app-error';
import { optionalBlipDate } from './dates';

/** `application/vnd.lime.contact+json` (docs: Contact); every field but the identity may be absent. */
export const blipContactSchema = lazySchema(() => z.object({
  identity: z.string().min(1),
  name: z.string().nullish(),
  phoneNumber: z.string().nullish(),
  cellPhoneNumber: z.string().nullish(),
  email: z.string().nullish(),
  address: z.string().nullish(),
  city: z.string().nullish(),
  photoUri: z.string().nullish(),
  gender: z.string().nullish(),
  /** The docs' table says int (offset to GMT); tolerate it written as text. */
  timezone: z.union([z.number(), z.string()]).nullish(),
  culture: z.string().nullish(),
  group: z.string().nullish(),
  taxDocument: z.string().nullish(),
  source: z.string().nullish(),
  lastMessageDate: optionalBlipDate,
  extras: z.record(z.string(), z.string()).nullish(),
  isPending: z.boolean().nullish(),
  sharePresence: z.boolean().nullish(),
  shareAccountInfo: z.boolean().nullish(),
}));

export type BlipContact = z.infer<typeof blipContactSchema>;

const contactsPage = lazySchema(() => collectionSchema(blipContactSchema));

/** Without `$filter` Blip accepts `$take` up to 30000; with one, `$skip + $take` must stay ≤ 10000 (blip-api.md §4.2). */
export const FILTERED_WINDOW = 10_000;
/** Without `$filter` Blip accepts `$take` up to 30000 (docs: Get contacts). */
export const CONTACTS_MAX_TAKE = 30_000;

export interface ContactQuery {
  skip: number;
  take: number;
  /** OData filter, unencoded (see lib/domain/contact-filter.ts). */
  filter?: string;
  /** Newest interaction first (default); unofficial, with a fallback (see listContacts). */
  newestFirst?: boolean;
}

/** A page of contacts, and whether it came newest first from Blip (`$orderby` honoured). */
export type ContactsPage = Collection<BlipContact> & { ordered: boolean };

const newestFirst = (items: BlipContact[]) => [...items].sort((a, b) => (b.lastMessageDate ?? '').localeCompare(a.lastMessageDate ?? ''));

/**
 * One page of the number's CRM contacts. Newest first asks Blip with `$orderby=lastMessageDate desc`
 * (unofficial): a tenant that refuses it is asked again without it, and a page that comes back out of
 * order (the option ignored) is sorted here; `ordered` then says the page is not a slice of the
 * newest-first list, so callers needing that order read the whole list (see docs/blip-compatibility.md).
 */
export async function listContacts(transport: BlipTransport, query: ContactQuery): Promise<ContactsPage> {
  const read = (orderBy?: string) => transport.command({ to: ADDRESS.crm, method: 'get', uri: withQuery('/contacts', { $skip: query.skip, $take: query.take, $filter: query.filter, $orderby: orderBy }) }, contactsPage);
  if (query.newestFirst === false) return { ...(await read()), ordered: false };
  let page: Collection<BlipContact>;
  try {
    page = await read('lastMessageDate desc');
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'lime-failure') throw error;
    const unordered = await read();
    return { ...unordered, items: newestFirst(unordered.items), ordered: false };
  }
  const dates = page.items.map((item) => item.lastMessageDate ?? '');
  const ordered = dates.every((date, index) => index === 0 || date <= dates[index - 1]!);
  return ordered ? { ...page, ordered } : { ...page, items: newestFirst(page.items), ordered };
}

/** One contact by identity. */
export function getContact(transport: BlipTransport, identity: string): Promise<BlipContact> {
  return transport.command({ to: ADDRESS.crm, method: 'get', uri: `/contacts/${encodeURIComponent(identity)}` }, blipContactSchema);
}
