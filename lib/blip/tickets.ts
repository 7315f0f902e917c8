import { z } from 'zod';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema } from './lime';
import { pages, withQuery } from './paging';

export const ticketSchema = z.object({
  id: z.string(),
  sequentialId: z.number(),
  customerIdentity: z.string(),
  agentIdentity: z.string().nullish(),
  status: z.string(),
  storageDate: z.string(),
  openDate: z.string().nullish(),
  closeDate: z.string().nullish(),
  statusDate: z.string().nullish(),
  firstResponseDate: z.string().nullish(),
  team: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
  closed: z.boolean().nullish(),
});

export type Ticket = z.infer<typeof ticketSchema>;

export const threadMessageSchema = z.object({
  id: z.string(),
  direction: z.enum(['sent', 'received']),
  type: z.string(),
  content: z.unknown(),
  date: z.string(),
  metadata: z.record(z.string(), z.string()).nullish(),
});

export type ThreadMessage = z.infer<typeof threadMessageSchema>;

const ticketPage = collectionSchema(ticketSchema);
const messagePage = collectionSchema(threadMessageSchema);

/** OData date literal (blip-api.md §2.2). */
export const dateLiteral = (date: Date) => `datetimeoffset'${date.toISOString()}'`;

/** One page of ticket history, newest first (`/tickets/history/metadata`, blip-api.md §6.3). */
export function ticketHistoryPage(transport: BlipTransport, filter: string, skip: number, take: number) {
  return transport.command(
    { to: ADDRESS.desk, method: 'get', uri: withQuery('/tickets/history/metadata', { $filter: filter, $skip: skip, $take: take }) },
    ticketPage,
  );
}

/** Every message of a ticket, oldest first, paged 100 at a time (blip-api.md §6.5). */
export async function ticketMessages(transport: BlipTransport, ticketId: string, limit = 20_000): Promise<ThreadMessage[]> {
  const all: ThreadMessage[] = [];
  const fetchPage = (skip: number, take: number) =>
    transport.command(
      { to: ADDRESS.desk, method: 'get', uri: withQuery(`/tickets/${encodeURIComponent(ticketId)}/messages`, { $skip: skip, $take: take, $ascending: true, getFromOwnerIfTunnel: true }) },
      messagePage,
    );
  for await (const page of pages(fetchPage, { limit })) all.push(...page);
  return all;
}

/** A customer's tickets still waiting or in attendance (blip-api.md §6.3), newest first. */
export async function openTicketsOf(transport: BlipTransport, customerIdentity: string): Promise<Ticket[]> {
  const filter = `customerIdentity eq '${customerIdentity.replace(/'/g, "''")}' and (status eq 'Open' or status eq 'Waiting' or status eq 'Assigned')`;
  const page = await transport.command({ to: ADDRESS.desk, method: 'get', uri: withQuery('/tickets', { $filter: filter, $take: 10 }) }, collectionSchema(ticketSchema));
  return page.items;
}
