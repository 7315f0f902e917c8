import type { BlipTransport } from '../../blip/transport';
import { getContact, listContacts, FILTERED_WINDOW, type BlipContact } from '../../blip/contacts';
import { lastTemplateSent, messagesAfter, messagesSince, recentThreads } from '../../blip/threads';
import { AFTER_HOURS_DAYS, withThreadDates, type ActiveDelivery, type AfterHoursContactRecord, type AfterHoursState } from '../../domain/after-hours';
import { deliveryFromEvents, isSettled } from '../../domain/delivery';
import { changedSince } from '../../domain/contact-filter';

const DAY = 86_400_000;
/** Threads active this long before the last listing are read again (clocks differ a little). */
const MARGIN_MS = 2 * 60_000;
const PAGE = 100;

/** What one reading of a number's after-hours list found: contacts to keep, contacts to drop, threads read. */
export interface AfterHoursReading {
  keep: AfterHoursContactRecord[];
  drop: string[];
  /** The threads listed as active, with their last message's date (`AfterHoursState.threadsRead`). */
  threadsRead: Record<string, number>;
}

const empty = { receivedAt: [], activeSentAt: [], readUntil: 0 };

function details(contact: BlipContact | undefined, known: AfterHoursContactRecord | undefined) {
  if (!contact) return { name: known?.name, phone: known?.phone, extras: known?.extras };
  return { name: contact.name ?? undefined, phone: contact.phoneNumber ?? contact.cellPhoneNumber ?? undefined, extras: contact.extras ?? undefined };
}

/**
 * The first reading: every contact that interacted in the last 7 days (one filtered, paged contact
 * list) and each one's thread back to then. The costly part, done once per number; later readings
 * are incremental.
 */
export async function firstReading(transport: BlipTransport, installationId: string, now: number): Promise<AfterHoursReading> {
  const since = now - AFTER_HOURS_DAYS * DAY;
  const candidates: BlipContact[] = [];
  for (let skip = 0; skip < FILTERED_WINDOW; skip += PAGE) {
    const page = await listContacts(transport, { skip, take: PAGE, filter: changedSince(new Date(since).toISOString()), newestFirst: true });
    candidates.push(...page.items);
    if (page.items.length < PAGE) break;
  }
  const records = await Promise.all(
    candidates.map(async (contact): Promise<AfterHoursContactRecord> => ({
      installationId,
      identity: contact.identity,
      ...details(contact, undefined),
      ...withThreadDates(empty, await messagesSince(transport, contact.identity, since, now), since),
    })),
  );
  // The threads active just now count as read: the next listing (which overlaps this moment) reads them only if they change.
  const threadsRead = Object.fromEntries(await activeThreads(transport, now - MARGIN_MS));
  return { keep: records.filter((record) => record.receivedAt.length > 0), drop: [], threadsRead };
}

/** The threads whose last message is at or after `from` (most recently active first), with that message's date. */
async function activeThreads(transport: BlipTransport, from: number): Promise<Map<string, number>> {
  const active = new Map<string, number>();
  for (let skip = 0; skip < FILTERED_WINDOW; skip += PAGE) {
    const threads = await recentThreads(transport, skip, PAGE);
    const recent = threads.filter((thread) => thread.lastMessage && Date.parse(thread.lastMessage.date) >= from);
    for (const thread of recent) active.set(thread.identity, Date.parse(thread.lastMessage!.date));
    if (threads.length < PAGE || recent.length < threads.length) break;
  }
  return active;
}

/** What a later reading needs of what is kept: some contacts by identity, and all of them. */
export interface KeptContacts {
  known: (identities: string[]) => Promise<Array<AfterHoursContactRecord | undefined>>;
  kept: () => Promise<AfterHoursContactRecord[]>;
}

/**
 * A later reading: the threads active since the last listing (Blip lists the most recently active
 * first, so this is usually one request), then each of those threads from where it was last read,
 * unless its last message is one already read. Contact details come from one filtered contact list.
 * Besides, a few active messages sent in the last day whose delivery can still move on (delivered,
 * read) are looked at again. Nothing else is read: a quiet number costs one request.
 */
export async function laterReading(transport: BlipTransport, state: AfterHoursState & { threadsSeenAt: number }, { known, kept }: KeptContacts, now: number): Promise<AfterHoursReading> {
  const { installationId, threadsSeenAt, threadsRead = {} } = state;
  const since = now - AFTER_HOURS_DAYS * DAY;
  const from = threadsSeenAt - MARGIN_MS;
  const active = await activeThreads(transport, from);
  const identities = [...active.keys()];
  const records = await known(identities);
  // A thread listed again (within the margin) whose last message was read already is not read again.
  const readUntil = (identity: string, record: AfterHoursContactRecord | undefined) => Math.max(threadsRead[identity] ?? -1, record?.readUntil ?? -1);
  const toRead = identities.map((identity, index) => ({ identity, record: records[index] })).filter(({ identity, record }) => active.get(identity)! > readUntil(identity, record));
  const changed = toRead.map(({ identity }) => identity);
  const delivered = await deliveriesMovedOn(transport, (await kept()).filter((record) => !changed.includes(record.identity)), now);
  const listed = Object.fromEntries(active);
  if (changed.length === 0) return { keep: delivered, drop: [], threadsRead: listed };
  const contacts = await listContacts(transport, { skip: 0, take: PAGE, filter: changedSince(new Date(from).toISOString()), newestFirst: true });
  const byIdentity = new Map(contacts.items.map((contact) => [contact.identity, contact]));
  const read = await Promise.all(
    toRead.map(async ({ identity, record }): Promise<AfterHoursContactRecord> => {
      const messages = record ? await messagesAfter(transport, identity, record.readUntil) : await messagesSince(transport, identity, since, now);
      const dates = withThreadDates(record ?? empty, messages, since);
      // A contact first seen now whose details the list did not bring (its last interaction did not move).
      const contact = byIdentity.get(identity) ?? (!record && dates.receivedAt.length ? await getContact(transport, identity).catch(() => undefined) : undefined);
      return { installationId, identity, ...details(contact, record), ...dates };
    }),
  );
  return { keep: [...delivered, ...read.filter((record) => record.receivedAt.length > 0)], drop: read.filter((record) => record.receivedAt.length === 0).map((record) => record.identity), threadsRead: listed };
}

/** Deliveries looked at again per reading, and how soon the same one is looked at again: a handful of calls per opening. */
const RECHECKS_PER_READING = 2;
const RECHECK_EVERY_MS = 60_000;

/**
 * A few kept contacts whose active message of the last day is not read or failed yet (the ones
 * looked at longest ago), with its delivery as the thread shows it now.
 */
async function deliveriesMovedOn(transport: BlipTransport, records: AfterHoursContactRecord[], now: number): Promise<AfterHoursContactRecord[]> {
  const lastLook = (active: ActiveDelivery) => active.checkedAt ?? active.at;
  const pending = records
    .filter(({ activeDelivery: active }) => active && now - active.at < DAY && now - lastLook(active) >= RECHECK_EVERY_MS && !isSettled(deliveryFromEvents([{ event: active.status, reason: active.reason }])))
    .sort((a, b) => lastLook(a.activeDelivery!) - lastLook(b.activeDelivery!))
    .slice(0, RECHECKS_PER_READING);
  const read = await Promise.all(
    pending.map(async (record): Promise<AfterHoursContactRecord | undefined> => {
      const known = record.activeDelivery!;
      const look = await lastTemplateSent(transport, record.identity, known.at, now).then((message) => ({ message }), () => undefined);
      // Blip did not answer: looked at again next time.
      if (!look) return undefined;
      const { message } = look;
      const moved = message !== undefined && message.status !== known.status;
      return { ...record, activeDelivery: moved ? { at: Date.parse(message.date), status: message.status, reason: message.reason, checkedAt: now } : { ...known, checkedAt: now } };
    }),
  );
  return read.filter((record) => record !== undefined);
}
