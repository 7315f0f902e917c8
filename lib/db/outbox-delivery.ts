import type { DeliveredWrite, OutboxError, OutboxItem } from '../domain/outbox-item';
import type { Database } from './database';
import { tablesOf } from './tables';

// How each delivery attempt of a queued write went: its lease, its progress, its failure, and the
// record of writes Blip accepted (so a repeated request is not queued again).

/** How long the record of a delivered write is kept: far longer than any repeat of its request. */
export const DELIVERED_KEPT_MS = 7 * 86_400_000;

/**
 * Takes a lease on a due write for `leaseMs`, unless it is parked, not due, or leased by a live
 * delivery. A write whose lease ran out (its worker was stopped mid-way) comes back in doubt: it may
 * have reached Blip, so its delivery checks first.
 */
export async function claimOutboxItem(db: Database, id: string, now: number, leaseMs: number, answerWindowMs: number): Promise<OutboxItem | undefined> {
  const { outbox } = tablesOf(db);
  return tablesOf(db).transaction('rw', outbox, async () => {
    const item = await outbox.get(id);
    if (!item || item.status === 'failed' || item.nextAttemptAt > now) return undefined;
    // Its last sign of life was a lease renewal; anything it sent may be applied for Blip's answer window after that.
    const orphaned = item.status === 'delivering';
    const quietUntil = orphaned ? Math.max(item.quietUntil ?? 0, item.nextAttemptAt - leaseMs + answerWindowMs) : item.quietUntil;
    const leased: OutboxItem = { ...item, status: 'delivering', nextAttemptAt: now + leaseMs, inDoubt: item.inDoubt || orphaned, quietUntil };
    await outbox.put(leased);
    return leased;
  });
}

/** Records a step of a write made of several (kept if the worker stops), and renews its lease. */
export async function recordProgress(db: Database, id: string, progress: Record<string, unknown>, leaseUntil: number): Promise<void> {
  const { outbox } = tablesOf(db);
  await tablesOf(db).transaction('rw', outbox, async () => {
    const item = await outbox.get(id);
    if (item) await outbox.update(id, { progress: { ...item.progress, ...progress }, nextAttemptAt: Math.max(item.nextAttemptAt, leaseUntil) });
  });
}

/** Records a failed delivery: when to try again (or parked as failed), why, and whether it may have landed. */
export async function recordDeliveryFailure(
  db: Database,
  id: string,
  failure: Pick<OutboxItem, 'attempts' | 'status' | 'nextAttemptAt' | 'inDoubt' | 'quietUntil'> & { lastError: OutboxError },
): Promise<void> {
  await tablesOf(db).outbox.update(id, failure);
}

/** A write in doubt that is not where Blip may still put it: it goes back in line for when Blip's window has passed. */
export async function waitForBlip(db: Database, id: string, until: number): Promise<void> {
  await tablesOf(db).outbox.update(id, { status: 'pending', nextAttemptAt: until });
}

/**
 * Blip accepted the write: it leaves the outbox and is remembered as delivered, in one transaction;
 * records older than `DELIVERED_KEPT_MS` are forgotten.
 */
export async function completeDelivery(db: Database, item: OutboxItem, now: number, result?: unknown): Promise<void> {
  const { outbox, deliveredWrites } = tablesOf(db);
  await tablesOf(db).transaction('rw', outbox, deliveredWrites, async () => {
    await outbox.delete(item.id);
    await deliveredWrites.put({ id: item.id, installationId: item.installationId, kind: item.kind, deliveredAt: now, ...(result === undefined ? {} : { result }) });
    await deliveredWrites.where('deliveredAt').below(now - DELIVERED_KEPT_MS).delete();
  });
}

/** A delivered write, while it is remembered. */
export function getDeliveredWrite(db: Database, id: string): Promise<DeliveredWrite | undefined> {
  return tablesOf(db).deliveredWrites.get(id);
}

/** Keeps a running delivery's lease alive (only while it is still `delivering`). */
export async function renewLease(db: Database, id: string, leaseUntil: number): Promise<void> {
  await tablesOf(db).outbox.where('id').equals(id).and((item) => item.status === 'delivering').modify({ nextAttemptAt: leaseUntil });
}
