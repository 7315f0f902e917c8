import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema } from './lime';
import { withQuery } from './paging';
import { threadMessageSchema, type ThreadMessage, type Ticket } from './tickets';

const threadPage = lazySchema(() => collectionSchema(threadMessageSchema));
const PAGE = 100;
/** A ticket opens right after the customer's message that asked for it. */
const OPENING_GRACE_MS = 5 * 60_000;
/** Bounds the read for a ticket that never closed: two months of messages at most. */
const MAX_PAGES = 200;

/**
 * Exactly one ticket's messages, in time order: the customer's thread read forward from the ticket's
 * opening (docs: `storageDate` + `direction=asc` is the way past 100 messages), kept between its
 * opening and its close. `/tickets/{id}/messages` is not used: the docs say it returns the customer's
 * messages from every ticket, without a documented way to page. The customer's message that opened the
 * ticket (its `customerInput`) is kept even though it comes a moment before the ticket.
 */
export async function ticketTranscript(transport: BlipTransport, ticket: Ticket, now = Date.now()): Promise<ThreadMessage[]> {
  const opened = Date.parse(ticket.storageDate);
  const closed = ticket.closeDate ? Date.parse(ticket.closeDate) : now;
  const seen = new Map<string, ThreadMessage>();
  let cursor = new Date(opened - OPENING_GRACE_MS).toISOString();
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const uri = withQuery(`/threads/${encodeURIComponent(ticket.customerIdentity)}`, { $take: PAGE, storageDate: cursor, direction: 'asc' });
    const { items } = await transport.command({ to: ADDRESS.postmaster, method: 'get', uri }, threadPage);
    // Servers differ on the order of an ascending page: sort before moving the cursor.
    const sorted = [...items].sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
    for (const item of sorted) seen.set(item.id, item);
    const last = sorted.at(-1);
    if (items.length < PAGE || !last || Date.parse(last.date) > closed || last.date === cursor) break;
    cursor = last.date;
  }
  const opening = openingMessage([...seen.values()], ticket, opened);
  return [...seen.values()]
    .filter((item) => item === opening || (Date.parse(item.date) >= opened && Date.parse(item.date) <= closed))
    .sort((a, b) => Date.parse(a.date) - Date.parse(b.date));
}

/** The customer's message, just before the ticket, whose text is the ticket's `customerInput`. */
function openingMessage(items: ThreadMessage[], ticket: Ticket, opened: number): ThreadMessage | undefined {
  const input = ticket.customerInput?.value;
  if (input === undefined) return undefined;
  return items
    .filter((item) => item.direction === 'received' && Date.parse(item.date) < opened && opened - Date.parse(item.date) <= OPENING_GRACE_MS)
    .filter((item) => JSON.stringify(item.content) === JSON.stringify(input))
    .at(-1);
}
