import { TEXT_MESSAGE, type OutboxItem, type TextMessagePayload } from '../domain/outbox-item';
import type { Database } from './database';
import { tablesOf } from './tables';
import { keyOf, usable } from './checked-read';
import { checkOutboxItem } from './valid-records';

// The outbox: writes that must still reach Blip, kept until Blip accepts them (lib/background/outbox delivers them).

/**
 * Records a write. Inside a repository's transaction that makes the local change, both happen or
 * neither does. A caller-chosen `id` makes a repeated request (a double click) the same write.
 */
export async function enqueue(
  db: Database,
  write: Pick<OutboxItem, 'installationId' | 'kind' | 'payload'>,
  now = Date.now(),
  id: string = crypto.randomUUID(),
): Promise<string> {
  const { outbox } = tablesOf(db);
  if (await outbox.get(id)) return id;
  return outbox.add({ ...write, id, status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now });
}

/** Every queued write, oldest first (one whose payload does not fit its kind is listed and reported). */
export async function listOutbox(db: Database): Promise<OutboxItem[]> {
  return usable('outbox', await tablesOf(db).outbox.toArray(), checkOutboxItem, keyOf('id')).sort((a, b) => a.createdAt - b.createdAt);
}

/** One queued write. */
export function getOutboxItem(db: Database, id: string): Promise<OutboxItem | undefined> {
  return tablesOf(db).outbox.get(id);
}

/** The writes of one kind queued for one number (any status). */
export function queuedWrites(db: Database, installationId: string, kind: string): Promise<OutboxItem[]> {
  return tablesOf(db)
    .outbox.where('installationId')
    .equals(installationId)
    .filter((item) => item.kind === kind)
    .toArray();
}

/** The writes of one kind queued for any number. */
export function queuedWritesOfKind(db: Database, kind: string): Promise<OutboxItem[]> {
  return tablesOf(db)
    .outbox.filter((item) => item.kind === kind)
    .toArray();
}

/** The texts typed to one contact on one number that are still queued, oldest first. */
export function queuedTextsTo(db: Database, installationId: string, identity: string): Promise<OutboxItem[]> {
  return tablesOf(db)
    .outbox.where('installationId')
    .equals(installationId)
    .filter((item) => item.kind === TEXT_MESSAGE && (item.payload as TextMessagePayload | null)?.identity === identity)
    .sortBy('createdAt');
}

/** Drops queued writes a newer one replaces. */
export async function deleteOutboxItems(db: Database, ids: string[]): Promise<void> {
  await tablesOf(db).outbox.bulkDelete(ids);
}

/** Writes due at `now` that are not parked as failed, oldest first. */
export function dueOutboxItems(db: Database, now: number): Promise<OutboxItem[]> {
  return tablesOf(db)
    .outbox.where('nextAttemptAt')
    .belowOrEqual(now)
    .filter((item) => item.status !== 'failed')
    .sortBy('createdAt');
}

/** The next write to become due (not parked as failed). */
export function nextDueOutboxItem(db: Database): Promise<OutboxItem | undefined> {
  return tablesOf(db)
    .outbox.orderBy('nextAttemptAt')
    .filter((item) => item.status !== 'failed')
    .first();
}

/** Takes a lease on a due write for `leaseMs`, unless it is parked, not due, or already leased. */
export async function claimOutboxItem(db: Database, id: string, now: number, leaseMs: number): Promise<OutboxItem | undefined> {
  const { outbox } = tablesOf(db);
  return tablesOf(db).transaction('rw', outbox, async () => {
    const item = await outbox.get(id);
    if (!item || item.status === 'failed' || item.nextAttemptAt > now) return undefined;
    const leased: OutboxItem = { ...item, status: 'delivering', nextAttemptAt: now + leaseMs };
    await outbox.put(leased);
    return leased;
  });
}

/** Records a failed delivery: when to try again (or parked as failed) and why. */
export async function recordDeliveryFailure(db: Database, id: string, failure: Pick<OutboxItem, 'attempts' | 'status' | 'nextAttemptAt' | 'lastError'>): Promise<void> {
  await tablesOf(db).outbox.update(id, failure);
}

/** Blip accepted the write: it leaves the outbox. */
export async function removeDelivered(db: Database, id: string): Promise<void> {
  await tablesOf(db).outbox.delete(id);
}

/** Puts failed (or waiting) writes back in line for an immediate attempt: all, or the given ones. */
export async function retryOutbox(db: Database, ids?: string[], now = Date.now()): Promise<void> {
  const { outbox } = tablesOf(db);
  await tablesOf(db).transaction('rw', outbox, async () => {
    const items = ids ? await outbox.bulkGet(ids) : await outbox.toArray();
    for (const item of items) {
      if (item && item.status !== 'delivering') await outbox.update(item.id, { status: 'pending', nextAttemptAt: now });
    }
  });
}

/** Drops a write the user gave up on; answers it, or nothing when it is on its way (or gone). */
export async function discardOutboxItem(db: Database, id: string): Promise<OutboxItem | undefined> {
  const { outbox } = tablesOf(db);
  return tablesOf(db).transaction('rw', outbox, async () => {
    const item = await outbox.get(id);
    if (!item || item.status === 'delivering') return undefined;
    await outbox.delete(id);
    return item;
  });
}
