import type { CompanionDb } from '../../db/database';
import { AppError, isTransient, toAppError } from '../../errors/app-error';
import { backoffMs } from '../../blip/transport';
import type { OutboxItem } from '../../domain/outbox-item';

/** Delivers one kind of write. `commandId` is the item's id: send it as the envelope id. */
export type OutboxHandler = (item: OutboxItem, commandId: string) => Promise<void>;

export interface OutboxRunnerOptions {
  db: CompanionDb;
  handlers: Record<string, OutboxHandler>;
  now?: () => number;
  /** How long a delivery may take before another worker may take the item over. */
  leaseMs?: number;
  /** Called when a delivery is accepted, after the item left the outbox. */
  onDelivered?: (item: OutboxItem) => Promise<void> | void;
  /** Asks to be woken at `at` (epoch ms) for the next due item. */
  schedule?: (at: number) => void;
}

/**
 * Records a write in the outbox. Call inside the Dexie transaction that makes the local change.
 * A caller-chosen `id` makes a repeated request (a double click) the same write.
 */
export async function enqueue(
  db: CompanionDb,
  write: Pick<OutboxItem, 'installationId' | 'kind' | 'payload'>,
  now = Date.now(),
  id: string = crypto.randomUUID(),
): Promise<string> {
  if (await db.outbox.get(id)) return id;
  return db.outbox.add({ ...write, id, status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now });
}

/**
 * Drains due outbox items, oldest first, one number at a time in order. Transient failures are retried
 * with backoff (or after the server's Retry-After); other failures park the item as `failed` for the user
 * to retry or discard. Items whose lease expired (a worker killed mid-delivery) are delivered again with
 * the same id, which Blip treats as the same write.
 */
export class OutboxRunner {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly options: OutboxRunnerOptions) {}

  /** Starts a drain, or asks the running one to look again when it ends. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.drain();
      } while (this.again);
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  private get now() {
    return (this.options.now ?? Date.now)();
  }

  private async drain(): Promise<void> {
    const { db } = this.options;
    const due = await db.outbox
      .where('nextAttemptAt')
      .belowOrEqual(this.now)
      .filter((item) => item.status !== 'failed')
      .sortBy('createdAt');
    const blocked = new Set<string>();
    for (const candidate of due) {
      if (blocked.has(candidate.installationId)) continue;
      const item = await this.claim(candidate.id);
      if (!item) continue;
      const delivered = await this.deliver(item);
      // Later writes of the same number wait, so a number never sees writes out of order.
      if (!delivered) blocked.add(item.installationId);
    }
    await this.scheduleNext();
  }

  /** Takes a lease on the item unless another delivery holds a live one. */
  private async claim(id: string): Promise<OutboxItem | undefined> {
    const { db } = this.options;
    return db.transaction('rw', db.outbox, async () => {
      const item = await db.outbox.get(id);
      if (!item || item.status === 'failed' || item.nextAttemptAt > this.now) return undefined;
      const leased: OutboxItem = { ...item, status: 'delivering', nextAttemptAt: this.now + (this.options.leaseMs ?? 60_000) };
      await db.outbox.put(leased);
      return leased;
    });
  }

  private async deliver(item: OutboxItem): Promise<boolean> {
    const { db, handlers } = this.options;
    const handler = handlers[item.kind];
    try {
      if (!handler) throw new AppError('internal', `No handler for ${item.kind}`);
      await handler(item, item.id);
    } catch (error) {
      const appError = toAppError(error);
      const attempts = item.attempts + 1;
      const transient = isTransient(appError.code);
      await db.outbox.update(item.id, {
        attempts,
        status: transient ? 'pending' : 'failed',
        nextAttemptAt: this.now + (appError.details.retryAfterMs ?? backoffMs(attempts, 1_000, 60_000)),
        lastError: { code: appError.code, reason: appError.details.reason },
      });
      return false;
    }
    await db.outbox.delete(item.id);
    await this.options.onDelivered?.(item);
    return true;
  }

  private async scheduleNext(): Promise<void> {
    const next = await this.options.db.outbox.orderBy('nextAttemptAt').filter((item) => item.status !== 'failed').first();
    if (next) this.options.schedule?.(next.nextAttemptAt);
  }
}

/** Puts failed (or waiting) items back in line for an immediate attempt. */
export async function retryOutbox(db: CompanionDb, ids?: string[], now = Date.now()): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const items = ids ? await db.outbox.bulkGet(ids) : await db.outbox.toArray();
    for (const item of items) {
      if (item && item.status !== 'delivering') await db.outbox.update(item.id, { status: 'pending', nextAttemptAt: now });
    }
  });
}
