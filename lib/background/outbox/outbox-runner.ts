import type { Database } from '../../db/database';
import { claimOutboxItem, dueOutboxItems, nextDueOutboxItem, recordDeliveryFailure, removeDelivered } from '../../db/outbox';
import { AppError, isTransient, toAppError } from '../../errors/app-error';
import { backoffMs } from '../../blip/transport';
import type { OutboxItem } from '../../domain/outbox-item';

/** Delivers one kind of write. `commandId` is the item's id: send it as the envelope id. */
export type OutboxHandler = (item: OutboxItem, commandId: string) => Promise<void>;

export interface OutboxRunnerOptions {
  db: Database;
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
    const due = await dueOutboxItems(this.options.db, this.now);
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
  private claim(id: string): Promise<OutboxItem | undefined> {
    return claimOutboxItem(this.options.db, id, this.now, this.options.leaseMs ?? 60_000);
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
      await recordDeliveryFailure(db, item.id, {
        attempts,
        status: transient ? 'pending' : 'failed',
        nextAttemptAt: this.now + (appError.details.retryAfterMs ?? backoffMs(attempts, 1_000, 60_000)),
        lastError: { code: appError.code, reason: appError.details.reason },
      });
      return false;
    }
    await removeDelivered(db, item.id);
    await this.options.onDelivered?.(item);
    return true;
  }

  private async scheduleNext(): Promise<void> {
    const next = await nextDueOutboxItem(this.options.db);
    if (next) this.options.schedule?.(next.nextAttemptAt);
  }
}
