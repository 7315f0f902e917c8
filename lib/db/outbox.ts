import { TEXT_MESSAGE, type OutboxItem, type TextMessagePayload } from '../domain/outbox-item';
import { entityKey, queueOrder, supersedes } from '../domain/outbox-order';
import type { Database } from './database';
import { tablesOf } from './tables';
import { keyOf, usable } from './checked-read';
import { checkOutboxItem } from './valid-records';

// The outbox: writes that must still reach Blip, kept until Blip accepts them (lib/background/outbox
// delivers them; outbox-delivery.ts records how each attempt went).

/** The tables `enqueue` writes: include them in a repository transaction that queues a write. */
export function outboxTables(db: Database) {
  const { outbox, deliveredWrites } = tablesOf(db);
  return [outbox, deliveredWrites];
}

/**
 * Records a write. Inside a repository's transaction that makes the local change, both happen or
 * neither does. A caller-chosen `id` makes a repeated request (a double click, even two at once) the
 * same write; an id already delivered is not queued again. A kind whose newer write carries the whole
 * state replaces the queued writes to the same entity that are not on their way.
 */
export async function enqueue(
  db: Database,
  write: Pick<OutboxItem, 'installationId' | 'kind' | 'payload'>,
  now = Date.now(),
  id: string = crypto.randomUUID(),
): Promise<string> {
  const { outbox, deliveredWrites } = tablesOf(db);
  return tablesOf(db).transaction('rw', outbox, deliveredWrites, async () => {
    if ((await outbox.get(id)) || (await deliveredWrites.get(id))) return id;
    const last = await outbox.orderBy('createdAt').last();
    const item: OutboxItem = { ...write, id, status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: Math.max(now, (last?.createdAt ?? 0) + 1) };
    if (supersedes(write.kind)) {
      const entity = entityKey(item);
      const replaced = await outbox.where('installationId').equals(write.installationId).filter((queued) => queued.status !== 'delivering' && queued.kind === write.kind && entityKey(queued) === entity).toArray();
      await outbox.bulkDelete(replaced.map((queued) => queued.id));
      // Blip may still apply a replaced write for a while: this one must not land before it.
      const quietUntil = Math.max(0, ...replaced.map((queued) => queued.quietUntil ?? 0));
      if (quietUntil > now) item.quietUntil = quietUntil;
    }
    await outbox.add(item);
    return id;
  });
}

/** Every queued write, in queue order (one whose payload does not fit its kind is listed and reported). */
export async function listOutbox(db: Database): Promise<OutboxItem[]> {
  return usable('outbox', await tablesOf(db).outbox.toArray(), checkOutboxItem, keyOf('id')).sort(queueOrder);
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
export async function queuedTextsTo(db: Database, installationId: string, identity: string): Promise<OutboxItem[]> {
  const items = await tablesOf(db)
    .outbox.where('installationId')
    .equals(installationId)
    .filter((item) => item.kind === TEXT_MESSAGE && (item.payload as TextMessagePayload | null)?.identity === identity)
    .toArray();
  return items.sort(queueOrder);
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

/**
 * A write refused for good, corrected by the user (e.g. a template's values): the new payload, back
 * in line. Only when nothing of it can have reached Blip; answers whether it was changed.
 */
export async function correctParkedWrite(db: Database, id: string, payload: unknown, now = Date.now()): Promise<boolean> {
  const { outbox } = tablesOf(db);
  return tablesOf(db).transaction('rw', outbox, async () => {
    const item = await outbox.get(id);
    if (!item || item.status !== 'failed' || item.inDoubt || item.progress) return false;
    await outbox.update(id, { payload, status: 'pending', nextAttemptAt: now });
    return true;
  });
}

/** Drops a write the user gave up on, checked and deleted in one transaction; answers it, or nothing when it is on its way (or gone). */
export async function discardOutboxItem(db: Database, id: string): Promise<OutboxItem | undefined> {
  const { outbox } = tablesOf(db);
  return tablesOf(db).transaction('rw', outbox, async () => {
    const item = await outbox.get(id);
    if (!item || item.status === 'delivering') return undefined;
    await outbox.delete(id);
    return item;
  });
}
