import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema, type Collection } from './lime';
import { withQuery } from './paging';
import { pageLength } from './items';
import { threadMessageSchema, type ThreadMessage } from './tickets';

const threadPage = collectionSchema(threadMessageSchema);

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

/** The customer's messages received since `since` (epoch ms), reading back page by page. */
export async function receivedSince(transport: BlipTransport, identity: string, since: number, now = Date.now()): Promise<number[]> {
  const received: number[] = [];
  let before = new Date(now);
  for (let pages = 0; pages < 10; pages++) {
    const items = await threadPageBefore(transport, identity, before);
    for (const item of items) if (item.direction === 'received' && Date.parse(item.date) >= since) received.push(Date.parse(item.date));
    const oldest = items.at(-1);
    if (items.length < 100 || !oldest || Date.parse(oldest.date) < since) break;
    before = new Date(Date.parse(oldest.date));
  }
  return received;
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
