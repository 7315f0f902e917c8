import { z } from 'zod';
import { absenceSettingSchema } from './absence';
import { lazySchema } from './lazy-schema';
import { ABSENCE_WRITE, AFTER_HOURS_SENT, REPLIES_PUT, TEMPLATE_MESSAGE, TEXT_MESSAGE, type OutboxItem } from './outbox-item';

/** How the outbox orders one kind of write. */
interface KindRule {
  /** What a stored payload must look like to be delivered (an older or damaged record is not sent). */
  payload: z.ZodType;
  /** The thing the write changes, within its number: writes to one entity go one at a time, in order. */
  entity: (payload: never) => string;
  /**
   * A newer write replaces the queued ones not on their way (it carries the whole state: the last
   * write wins). Otherwise every write is delivered, each after the one before.
   */
  supersedes: boolean;
}

const text = z.string().min(1);

const RULES: Record<string, KindRule> = {
  [ABSENCE_WRITE]: { payload: absenceSettingSchema, entity: () => 'absence', supersedes: true },
  [TEXT_MESSAGE]: {
    payload: lazySchema(() => z.object({ identity: text, text })),
    entity: (payload: { identity: string }) => `contact:${payload.identity}`,
    supersedes: false,
  },
  [TEMPLATE_MESSAGE]: {
    payload: lazySchema(() => z.object({ phone: text, identity: text.optional(), templateName: text, language: text, values: z.record(z.string(), z.string()) })),
    entity: (payload: { identity?: string; phone: string }) => `contact:${payload.identity ?? payload.phone}`,
    supersedes: false,
  },
  [AFTER_HOURS_SENT]: {
    payload: lazySchema(() => z.object({ identity: text, sentAt: z.iso.datetime({ offset: true }) })),
    entity: (payload: { identity: string }) => `extras:${payload.identity}`,
    supersedes: true,
  },
  [REPLIES_PUT]: {
    payload: lazySchema(() => z.object({ categoryId: text, overwrite: z.string().nullable().optional() })),
    entity: (payload: { categoryId: string }) => `replies:${payload.categoryId}`,
    supersedes: true,
  },
};

/** The stored payload when it is one this version can deliver, else nothing. */
export function validPayload(item: Pick<OutboxItem, 'kind' | 'payload'>): unknown {
  const parsed = RULES[item.kind]?.payload.safeParse(item.payload);
  return parsed?.success ? parsed.data : undefined;
}

/**
 * The ordering key of a write: its number and the entity it changes. A write whose payload cannot be
 * read is its own entity (it is parked, and must not hold up writes it cannot be compared with).
 */
export function entityKey(item: Pick<OutboxItem, 'id' | 'installationId' | 'kind' | 'payload'>): string {
  const rule = RULES[item.kind];
  const payload = validPayload(item);
  const entity = rule && payload !== undefined ? rule.entity(payload as never) : `item:${item.id}`;
  return `${item.installationId}|${entity}`;
}

/** True when a newer write of this kind replaces queued ones to the same entity. */
export function supersedes(kind: string): boolean {
  return RULES[kind]?.supersedes ?? false;
}

/** Queue order: by `createdAt`, then id (items from before `createdAt` was made strictly increasing). */
export function queueOrder(a: Pick<OutboxItem, 'createdAt' | 'id'>, b: Pick<OutboxItem, 'createdAt' | 'id'>): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** What the outbox may start now, and the earliest moment something else becomes due. */
export interface DeliveryPlan {
  /** The oldest write of each entity, when it may go now. */
  ready: OutboxItem[];
  /** Epoch ms when a waiting head becomes due (backoff or lease), if any. */
  nextAt?: number;
}

/**
 * The writes to start now: per entity, only the oldest queued one, and only when it is due — not
 * parked as failed, not in backoff, not leased by a live delivery, not already running here (`busy`).
 * Everything behind it waits, so one entity's writes never overtake each other; entities (and numbers)
 * never wait for each other.
 */
export function planDeliveries(items: OutboxItem[], now: number, busy: ReadonlySet<string> = new Set()): DeliveryPlan {
  const heads = new Map<string, OutboxItem>();
  for (const item of [...items].sort(queueOrder)) {
    const key = entityKey(item);
    if (!heads.has(key)) heads.set(key, item);
  }
  const ready: OutboxItem[] = [];
  let nextAt: number | undefined;
  for (const head of heads.values()) {
    if (head.status === 'failed' || busy.has(head.id)) continue;
    const dueAt = dueTime(head);
    if (dueAt <= now) ready.push(head);
    else nextAt = Math.min(nextAt ?? Infinity, dueAt);
  }
  return { ready, nextAt };
}

/**
 * When a write may start. A write that replaced one Blip may still apply (`quietUntil`) waits until
 * then, or the older one could land after it; a write in doubt starts at once, to read back first
 * (it re-sends only after `quietUntil`, see the outbox runner).
 */
function dueTime(item: OutboxItem): number {
  return item.inDoubt || item.status === 'delivering' ? item.nextAttemptAt : Math.max(item.nextAttemptAt, item.quietUntil ?? 0);
}

/**
 * How far our clock may be ahead of Blip's when a read-back looks for a write by its date: a thread
 * is read back to ten minutes before the write was queued.
 */
export const READ_BACK_SKEW_MS = 10 * 60_000;
