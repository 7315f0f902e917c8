import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema } from './lime';
import { pages, withQuery } from './paging';
import { blipDate, optionalBlipDate } from './dates';

/** `application/vnd.iris.ticket+json` (docs: Ticket), every documented field. */
export const ticketSchema = lazySchema(() => z.object({
  id: z.string(),
  sequentialId: z.number().int().nonnegative(),
  /** Desk's optional suffix of the sequential id ("if configured"). */
  sequentialSuffix: z.string().nullish(),
  ownerIdentity: z.string().nullish(),
  routingOwnerIdentity: z.string().nullish(),
  customerIdentity: z.string(),
  customerDomain: z.string().nullish(),
  agentIdentity: z.string().nullish(),
  provider: z.string().nullish(),
  status: z.string(),
  storageDate: blipDate,
  expirationDate: optionalBlipDate,
  openDate: optionalBlipDate,
  closeDate: optionalBlipDate,
  statusDate: optionalBlipDate,
  firstResponseDate: optionalBlipDate,
  externalId: z.string().nullish(),
  rating: z.number().nullish(),
  team: z.string().nullish(),
  unreadMessages: z.number().nullish(),
  queuePosition: z.number().nullish(),
  closed: z.boolean().nullish(),
  closedBy: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  averageAgentResponseTime: z.number().nullish(),
  parentSequentialId: z.number().nullish(),
  /** What the customer wrote that opened the ticket (a DocumentContainer); the docs' examples show `{}` too. */
  customerInput: z.object({ type: z.string().optional(), value: z.unknown() }).partial().nullish(),
  priority: z.number().nullish(),
}));

export type Ticket = z.infer<typeof ticketSchema>;

/** A LIME reason. */
export const reasonSchema = lazySchema(() => z.object({ code: z.number().optional(), description: z.string().optional() }));

/**
 * `application/vnd.iris.thread-message+json` (docs: ThreadMessage): `status` is the message's last
 * notification event (`accepted`, `dispatched`, `received`, `consumed`, `failed`), `reason` why it failed.
 */
export const threadMessageSchema = lazySchema(() => z.object({
  id: z.string(),
  peerIdentity: z.string().nullish(),
  direction: z.enum(['sent', 'received']),
  type: z.string(),
  content: z.unknown(),
  date: blipDate,
  status: z.string().nullish(),
  reason: reasonSchema.nullish(),
  metadata: z.record(z.string(), z.string()).nullish(),
}));

export type ThreadMessage = z.infer<typeof threadMessageSchema>;

const ticketPage = lazySchema(() => collectionSchema(ticketSchema));

/** OData date literal (blip-api.md §2.2). */
export const dateLiteral = (date: Date) => `datetimeoffset'${date.toISOString()}'`;

/**
 * One page of closed tickets, newest first: from `/tickets/history/metadata` (unofficial, blip-api.md
 * §6.3), or where a tenant lacks it, the documented `/tickets?$closed=true` with the same filter
 * (its order is not documented: each page is put newest first).
 */
export async function ticketHistoryPage(transport: BlipTransport, filter: string, skip: number, take: number, source: 'metadata' | 'closed' = 'metadata') {
  const uri = source === 'metadata' ? withQuery('/tickets/history/metadata', { $filter: filter, $skip: skip, $take: take }) : withQuery('/tickets', { $filter: filter, $closed: true, $skip: skip, $take: take });
  const page = await transport.command({ to: ADDRESS.desk, method: 'get', uri }, ticketPage);
  return source === 'metadata' ? page : { ...page, items: [...page.items].sort((a, b) => b.storageDate.localeCompare(a.storageDate)) };
}

/** A customer's tickets still waiting or in attendance (blip-api.md §6.3), newest first. */
export async function openTicketsOf(transport: BlipTransport, customerIdentity: string): Promise<Ticket[]> {
  const filter = `customerIdentity eq '${customerIdentity.replace(/'/g, "''")}' and (status eq 'Open' or status eq 'Waiting' or status eq 'Assigned')`;
  const page = await transport.command({ to: ADDRESS.desk, method: 'get', uri: withQuery('/tickets', { $filter: filter, $take: 10 }) }, collectionSchema(ticketSchema));
  return page.items;
}

/**
 * A customer's closed tickets, the documented way (docs: "Get all closed tickets"): `$closed=true` with
 * a `CustomerIdentity` filter, 100 at a time. The history fallback when `/tickets/history/metadata`
 * is missing on a tenant.
 */
export async function closedTicketsOf(transport: BlipTransport, customerIdentity: string, limit = 500): Promise<Ticket[]> {
  const filter = `(CustomerIdentity eq '${customerIdentity.replace(/'/g, "''")}')`;
  const all: Ticket[] = [];
  const fetchPage = (skip: number, take: number) => transport.command({ to: ADDRESS.desk, method: 'get', uri: withQuery('/tickets', { $filter: filter, $closed: true, $skip: skip, $take: take }) }, ticketPage);
  for await (const page of pages(fetchPage, { limit })) all.push(...page);
  return all.sort((a, b) => b.storageDate.localeCompare(a.storageDate));
}
