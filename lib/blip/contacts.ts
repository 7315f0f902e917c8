import { z } from 'zod';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema, type Collection } from './lime';
import { withQuery } from './paging';

/** `application/vnd.lime.contact+json` (docs: Contact); every field but the identity may be absent. */
export const blipContactSchema = z.object({
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
  lastMessageDate: z.string().nullish(),
  extras: z.record(z.string(), z.string()).nullish(),
  isPending: z.boolean().nullish(),
  sharePresence: z.boolean().nullish(),
  shareAccountInfo: z.boolean().nullish(),
});

export type BlipContact = z.infer<typeof blipContactSchema>;

const contactsPage = collectionSchema(blipContactSchema);

/** Without `$filter` Blip accepts `$take` up to 30000; with one, `$skip + $take` must stay ≤ 10000 (blip-api.md §4.2). */
export const FILTERED_WINDOW = 10_000;

export interface ContactQuery {
  skip: number;
  take: number;
  /** OData filter, unencoded (see lib/domain/contact-filter.ts). */
  filter?: string;
  /** Newest interaction first; unofficial but used widely (blip-api.md §4.3). */
  newestFirst?: boolean;
}

/** One page of the number's CRM contacts. */
export function listContacts(transport: BlipTransport, query: ContactQuery): Promise<Collection<BlipContact>> {
  const uri = withQuery('/contacts', {
    $skip: query.skip,
    $take: query.take,
    $filter: query.filter,
    $orderby: query.newestFirst === false ? undefined : 'lastMessageDate desc',
  });
  return transport.command({ to: ADDRESS.crm, method: 'get', uri }, contactsPage);
}

/** One contact by identity. */
export function getContact(transport: BlipTransport, identity: string): Promise<BlipContact> {
  return transport.command({ to: ADDRESS.crm, method: 'get', uri: `/contacts/${encodeURIComponent(identity)}` }, blipContactSchema);
}
