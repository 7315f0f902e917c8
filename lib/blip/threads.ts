import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema, type Collection } from './lime';
import { withQuery } from './paging';
import { pageLength } from './items';
import { threadMessageSchema, type ThreadMessage } from './tickets';

const threadPage = lazySchema(() => collectionSchema(threadMessageSchema));

/**
 * One page of a customer's thread before `before` (newest first; the newest page without it),
 * `$take` ≤ 100, cursor by `storageDate` + `direction=desc` (blip-api.md §5.2). History is kept three months.
 */
export async function threadPageBefore(transport: BlipTransport, identity: string, before: Date | undefined, take = 100): Promise<ThreadMessage[]> {
  return (await threadPageRead(transport, identity, before, take)).items;
}

/** The same page with the count of messages on it that could not be read (left out). */
export function threadPageRead(transport: BlipTransport, identity: string, before: Date | undefined, take = 100): Promise<Collection<ThreadMessage>> {
  return transport.command(
    { to: ADDRESS.postmaster, method: 'get', uri: withQuery(`/threads/${encodeURIComponent(identity)}`, { $take: take, storageDate: before?.toISOString(), direction: 'desc', refreshExpiredMedia: true }) },
    threadPage,
  );
}

/** The newest template message sent to the customer after `since` (epoch ms), from the newest page. */
export async function lastTemplateSent(transport: BlipTransport, identity: string, since: number, now = Date.now()): Promise<ThreadMessage | undefined> {
  const items = await threadPageBefore(transport, identity, new Date(now + 60_000));
  return items.find((item) => item.direction === 'sent' && Date.parse(item.date) >= since && (item.content as { type?: unknown } | null)?.type === 'template');
}

/** A customer's messages after `after` (oldest first), `$take` ≤ 100, cursor by `storageDate` + `direction=asc` (blip-api.md §5.2). */
export async function threadPageAfter(transport: BlipTransport, identity: string, after: Date, take = 100): Promise<ThreadMessage[]> {
  const page = await transport.command(
    { to: ADDRESS.postmaster, method: 'get', uri: withQuery(`/threads/${identity}`, { $take: take, storageDate: after.toISOString(), direction: 'asc' }) },
    threadPage,
  );
  return page.items;
}

/** `application/vnd.iris.thread+json`: a customer's thread with its last message (blip-api.md §5.1). */
const threadSchema = lazySchema(() => z.object({
  identity: z.string().min(1),
  lastMessage: z.object({ direction: z.enum(['sent', 'received']), date: z.string(), type: z.string().nullish() }).nullish(),
}));

export type RecentThread = z.infer<typeof threadSchema>;

const threadsPage = lazySchema(() => collectionSchema(threadSchema));

/** The number's threads, the most recently active first (`$take` ≤ 100), one page at `skip` (blip-api.md §5.1). */
export async function recentThreads(transport: BlipTransport, skip: number, take = 100): Promise<RecentThread[]> {
  const page = await transport.command({ to: ADDRESS.postmaster, method: 'get', uri: withQuery('/threads', { $skip: skip, $take: take }) }, threadsPage);
  return page.items;
}

/** The customer's messages since `since` (epoch ms), newest first, reading back page by page (at most 1000). */
export async function messagesSince(transport: BlipTransport, identity: string, since: number, now = Date.now()): Promise<ThreadMessage[]> {
  const messages: ThreadMessage[] = [];
  let before = new Date(now);
  for (let pages = 0; pages < 10; pages++) {
    const items = await threadPageBefore(transport, identity, before);
    messages.push(...items.filter((item) => Date.parse(item.date) >= since));
    const oldest = items.at(-1);
    if (items.length < 100 || !oldest || Date.parse(oldest.date) < since) break;
    before = new Date(Date.parse(oldest.date));
  }
  return messages;
}

/** The customer's messages after `after` (epoch ms), oldest first, reading forward page by page (at most 1000). */
export async function messagesAfter(transport: BlipTransport, identity: string, after: number): Promise<ThreadMessage[]> {
  const messages: ThreadMessage[] = [];
  let from = new Date(after);
  for (let pages = 0; pages < 10; pages++) {
    const items = await threadPageAfter(transport, identity, from);
    messages.push(...items);
    const newest = items.at(-1);
    if (items.length < 100 || !newest) break;
    from = new Date(Date.parse(newest.date));
  }
  return messages;
}

/**
 * Whether the customer's thread holds a message with this id (the envelope id we sent it with),
 * reading back from the newest page until messages older than `since` (epoch ms) or ten pages.
 * It answers "did an earlier attempt land?" before a message is sent again.
 */
export async function threadHasMessage(transport: BlipTransport, identity: string, messageId: string, since: number): Promise<boolean> {
  let before: Date | undefined;
  for (let pages = 0; pages < 10; pages++) {
    const page = await threadPageRead(transport, identity, before);
    if (page.items.some((item) => item.id === messageId)) return true;
    const oldest = page.items.at(-1);
    if (pageLength(page) < 100 || !oldest || Date.parse(oldest.date) < since) return false;
    before = new Date(Date.parse(oldest.date));
  }
  return false;
}

export type { ThreadMessage };
