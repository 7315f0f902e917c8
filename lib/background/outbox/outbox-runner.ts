import type { Database } from '../../db/database';
import { listOutbox } from '../../db/outbox';
import { claimOutboxItem, completeDelivery, recordDeliveryFailure, recordProgress, renewLease, waitForBlip } from '../../db/outbox-delivery';
import { AppError, isTransient, toAppError } from '../../errors/app-error';
import { backoffMs } from '../../blip/backoff';
import type { OutboxError, OutboxItem } from '../../domain/outbox-item';
import { planDeliveries, validPayload } from '../../domain/outbox-order';
import { BLIP_TIMINGS, type BlipTimings } from '../../domain/timings';

/** What a delivery gets besides the item. */
export interface DeliveryContext {
  /** The envelope id to send: the item's id, so every attempt is recognisably the same write. */
  commandId: string;
  /** The payload, checked against its kind's schema. */
  payload: unknown;
  /** An earlier attempt may have reached Blip: check (read it back) before sending again. */
  inDoubt: boolean;
  /**
   * Call after the read-back found nothing, right before sending again: it stops the attempt (the
   * write is tried again later) while Blip may still apply the earlier one.
   */
  beforeResend(): void;
  /** Records a step done, so a later attempt (after a stopped worker) does not do it again. */
  progress(step: Record<string, unknown>): Promise<void>;
}

/** Delivers one kind of write; what it answers is kept with the delivered write (lib/db/outbox-delivery.ts). */
export type OutboxHandler = (item: OutboxItem, context: DeliveryContext) => Promise<unknown>;

/** How an attempt ended, for a caller waiting on it (`attempt`). `waiting`: none could start now. */
export type AttemptOutcome = { state: 'delivered'; result?: unknown } | { state: 'failed'; error: AppError } | { state: 'waiting' };

export interface OutboxRunnerOptions {
  db: Database;
  handlers: Record<string, OutboxHandler>;
  now?: () => number;
  /**
   * How long a delivery's lease lasts without renewal (a running delivery renews it every `leaseMs / 4`)
   * and how long Blip may still apply a write an orphaned lease had on its way.
   */
  timings?: Promise<Pick<BlipTimings, 'leaseMs' | 'answerWindowMs'>>;
  /** Deliveries running at once, in all and per number. */
  maxDeliveries?: number;
  maxPerNumber?: number;
  /** Called when a delivery is accepted, after the item left the outbox. */
  onDelivered?: (item: OutboxItem) => Promise<void> | void;
  /** Asks to be woken at `at` (epoch ms) for the next due item. */
  schedule?: (at: number) => void;
}

/**
 * Delivers the outbox: per entity (a number's absence, a contact's messages, a reply category) the
 * oldest write first and the next only once it is accepted; entities and numbers in parallel, so one
 * failing or hung delivery holds up nothing else. Transient failures are retried with backoff (at least
 * the server's Retry-After); other failures park the write for the user to retry or discard, and the
 * writes behind it wait. A write that may have landed is checked before it is sent again.
 */
export class OutboxRunner {
  private readonly running = new Map<string, { installationId: string; done: Promise<AttemptOutcome> }>();
  /** Callers waiting for the outcome of a write's next attempt (see `attempt`). */
  private readonly waiting = new Map<string, Set<(outcome: AttemptOutcome) => void>>();
  private scanning: Promise<void> | undefined;
  private again = false;
  private timings: Pick<BlipTimings, 'leaseMs' | 'answerWindowMs'> = BLIP_TIMINGS;

  constructor(private readonly options: OutboxRunnerOptions) {}

  /** Starts what can go now; resolves once nothing is running or can start (tests await it). */
  async kick(): Promise<void> {
    await this.scan();
    while (this.scanning || this.running.size) await Promise.allSettled([this.scanning, ...[...this.running.values()].map((run) => run.done)]);
  }

  /**
   * The next attempt of one write: the running one, or one started now (even if it ends before the
   * scan that started it does); `waiting` when none can start now.
   */
  async attempt(id: string): Promise<AttemptOutcome> {
    const running = this.running.get(id);
    if (running) return running.done;
    let ended = false;
    let listener!: (outcome: AttemptOutcome) => void;
    const outcome = new Promise<AttemptOutcome>((resolve) => {
      listener = (result) => {
        ended = true;
        resolve(result);
      };
    });
    const listeners = this.waiting.get(id) ?? new Set();
    this.waiting.set(id, listeners.add(listener));
    await this.scan();
    if (ended || this.running.has(id)) return outcome;
    listeners.delete(listener);
    return { state: 'waiting' };
  }

  private get now() {
    return (this.options.now ?? Date.now)();
  }

  private get leaseMs() {
    return this.timings.leaseMs;
  }

  /** One scan at a time; a request during a scan makes it look again when it ends. */
  private scan(): Promise<void> {
    if (this.scanning) {
      this.again = true;
      return this.scanning;
    }
    this.scanning = (async () => {
      do {
        this.again = false;
        await this.startReady();
      } while (this.again);
    })().finally(() => (this.scanning = undefined));
    return this.scanning;
  }

  private async startReady(): Promise<void> {
    const { maxDeliveries = 8, maxPerNumber = 2 } = this.options;
    if (this.options.timings) this.timings = await this.options.timings;
    const { ready, nextAt } = planDeliveries(await listOutbox(this.options.db), this.now, new Set(this.running.keys()));
    const perNumber = new Map<string, number>();
    for (const run of this.running.values()) perNumber.set(run.installationId, (perNumber.get(run.installationId) ?? 0) + 1);
    for (const candidate of ready) {
      const busy = perNumber.get(candidate.installationId) ?? 0;
      if (this.running.size >= maxDeliveries || busy >= maxPerNumber) continue;
      const item = await claimOutboxItem(this.options.db, candidate.id, this.now, this.leaseMs, this.timings.answerWindowMs);
      if (!item) continue;
      perNumber.set(item.installationId, busy + 1);
      const done = this.deliver(item)
        .catch((error: unknown): AttemptOutcome => ({ state: 'failed', error: toAppError(error) }))
        .then((outcome) => this.settle(item.id, outcome));
      this.running.set(item.id, { installationId: item.installationId, done });
    }
    if (nextAt !== undefined) this.options.schedule?.(nextAt);
  }

  /** A delivery ended: tell who waits for it, and look for what can go next. */
  private settle(id: string, outcome: AttemptOutcome): AttemptOutcome {
    this.running.delete(id);
    for (const listener of this.waiting.get(id) ?? []) listener(outcome);
    this.waiting.delete(id);
    void this.scan();
    return outcome;
  }

  private async deliver(item: OutboxItem): Promise<AttemptOutcome> {
    const { db, handlers } = this.options;
    const heartbeat = setInterval(() => void renewLease(db, item.id, this.now + this.leaseMs), this.leaseMs / 4);
    try {
      const handler = handlers[item.kind];
      const payload = validPayload(item);
      if (!handler) throw new AppError('internal', `No delivery for ${item.kind}`);
      if (payload === undefined) throw new AppError('invalid-input', 'A queued write this version cannot read', { fields: ['outbox.payload'] });
      const progress = (step: Record<string, unknown>) => recordProgress(db, item.id, step, this.now + this.leaseMs);
      const beforeResend = () => {
        if ((item.quietUntil ?? 0) > this.now) throw new StillSettling(item.quietUntil!);
      };
      const result = await handler(item, { commandId: item.id, payload, inDoubt: Boolean(item.inDoubt), beforeResend, progress });
      await completeDelivery(db, item, this.now, result);
      await Promise.resolve(this.options.onDelivered?.(item)).catch(() => undefined);
      return { state: 'delivered', result };
    } catch (caught) {
      if (caught instanceof StillSettling) {
        await waitForBlip(db, item.id, caught.until);
        return { state: 'failed', error: item.lastError ? new AppError(item.lastError.code, 'Waiting for Blip', item.lastError) : new AppError('timeout', 'Waiting for Blip') };
      }
      const error = toAppError(caught);
      const attempts = item.attempts + 1;
      const { retryAfterMs, outcomeUnknown, settlesAt } = error.details;
      await recordDeliveryFailure(db, item.id, {
        attempts,
        status: isTransient(error.code) ? 'pending' : 'failed',
        // A Retry-After is a floor, never a shortcut past the backoff.
        nextAttemptAt: this.now + Math.max(retryAfterMs ?? 0, backoffMs(attempts, 1_000, 60_000)),
        inDoubt: Boolean(item.inDoubt || outcomeUnknown) || error.code === 'internal',
        quietUntil: Math.max(item.quietUntil ?? 0, settlesAt ?? 0) || undefined,
        lastError: outboxError(error),
      });
      return { state: 'failed', error };
    } finally {
      clearInterval(heartbeat);
    }
  }
}

/** The parts of an error the outbox keeps to explain it later. */
function outboxError(error: AppError): OutboxError {
  const { reason, reasonText, status, retryAfterMs, stalled, fields } = error.details;
  return JSON.parse(JSON.stringify({ code: error.code, reason, reasonText, status, retryAfterMs, stalled, fields })) as OutboxError;
}

/** Thrown by `beforeResend`: Blip may still apply the earlier attempt until `until`. */
class StillSettling extends Error {
  constructor(readonly until: number) {
    super('Blip may still apply the earlier attempt');
  }
}
