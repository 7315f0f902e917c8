import type { z } from 'zod';
import { AppError } from '../errors/app-error';
import { commandResponseSchema, REASON_NOT_FOUND, type CommandRequest } from './lime';
import { ConcurrencyLimiter } from './limiter';
import { backoffMs } from './backoff';
import { readReply } from './reply';
import { mayHaveLanded, mayStillLand } from '../domain/write-outcome';
import { BLIP_TIMINGS } from '../domain/timings';

export interface TransportOptions {
  /** Command host, e.g. `https://acme.http.msging.net` (no trailing slash needed). */
  host: string;
  /** The full `Authorization` header value: `Key …`. */
  authorization: string;
  /** Longest time one exchange may take, headers and body together. */
  timeoutMs?: number;
  /** How long after it was sent Blip may still apply a write we stopped waiting for (Blip answers within 60 s). */
  answerWindowMs?: number;
  /** Requests in flight at once for this number (Blip's free tier allows 48 commands/s). */
  maxConcurrent?: number;
  /**
   * Limits shared with other numbers' transports, taken in order after this number's own: e.g. one
   * per host (a browser opens at most 6 connections to a host) and one for the whole worker.
   */
  sharedLimiters?: ConcurrencyLimiter[];
  /** Extra attempts for safe reads after a server error, a dropped connection or a short 429. */
  readRetries?: number;
  /** Longest Retry-After we wait for inside one call; longer waits surface as `rate-limited`. */
  maxRetryWaitMs?: number;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  newId?: () => string;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Failures a read is tried again after, inside one call. A timeout is not: the user already waited for it. */
const RETRIED_READ_FAILURES = new Set(['server', 'network', 'rate-limited']);

/**
 * One LIME command transport per number: `POST {host}/commands` with the number's key, one timeout
 * over the whole exchange (a stalled body is aborted and frees its slot), bounded concurrency per
 * number and across numbers, retries for safe reads, and replies checked by zod. HTTP 200 with
 * `status: failure` is a failure (blip-api.md §1.3).
 */
export class BlipTransport {
  private readonly limiter: ConcurrencyLimiter;
  private readonly options: Required<Omit<TransportOptions, 'fetchImpl'>> & { fetchImpl: typeof fetch };

  constructor(options: TransportOptions) {
    this.options = {
      timeoutMs: BLIP_TIMINGS.timeoutMs,
      answerWindowMs: BLIP_TIMINGS.answerWindowMs,
      maxConcurrent: 4,
      readRetries: 2,
      maxRetryWaitMs: 10_000,
      sleep: defaultSleep,
      newId: () => crypto.randomUUID(),
      sharedLimiters: [],
      ...options,
      host: options.host.replace(/\/+$/, ''),
      fetchImpl: options.fetchImpl ?? ((input, init) => fetch(input, init)),
    };
    this.limiter = new ConcurrencyLimiter(this.options.maxConcurrent);
  }

  /** Sends a command and returns its `resource` parsed by `schema`. */
  async command<S extends z.ZodType>(request: CommandRequest, schema: S): Promise<z.infer<S>> {
    const envelope = { ...request, id: request.id ?? this.options.newId() };
    const reply = await this.withRetries(request.method === 'get', () => this.post('/commands', envelope));
    const parsed = commandResponseSchema.safeParse(reply);
    if (!parsed.success) throw new AppError('malformed-reply', 'The command reply is not a LIME envelope');
    if (parsed.data.status === 'failure') {
      const reason = parsed.data.reason;
      const code = reason?.code === REASON_NOT_FOUND ? 'not-found' : 'lime-failure';
      throw new AppError(code, reason?.description ?? 'Command failed', {
        reason: reason?.code,
        reasonText: reason?.description,
      });
    }
    const resource = schema.safeParse(parsed.data.resource);
    if (!resource.success) {
      throw new AppError('malformed-reply', `Unexpected ${request.method} ${request.uri} reply`, {
        fields: resource.error.issues.map((issue) => issue.path.join('.')),
      });
    }
    return resource.data;
  }

  /**
   * Sends a message envelope (`POST /messages`, answered 202). A reply that does carry a body saying
   * `failure` is a refusal, not an acceptance. Never retried here: the outbox owns that.
   */
  async message(envelope: { id: string; to: string; type: string; content: unknown; metadata?: Record<string, string> }) {
    const reply = await this.withRetries(false, () => this.post('/messages', envelope));
    const parsed = commandResponseSchema.safeParse(reply);
    if (parsed.success && parsed.data.status === 'failure') {
      const reason = parsed.data.reason;
      throw new AppError('lime-failure', reason?.description ?? 'Message refused', { reason: reason?.code, reasonText: reason?.description });
    }
  }

  private async withRetries<T>(safe: boolean, attempt: () => Promise<T>): Promise<T> {
    for (let tries = 0; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        const retryable = error instanceof AppError && RETRIED_READ_FAILURES.has(error.code) && tries < this.options.readRetries;
        if (!retryable) throw error;
        const wait = error.details.retryAfterMs ?? backoffMs(tries);
        // A 429 is refused before any processing, so it is safe to repeat for writes too.
        if (!safe && error.code !== 'rate-limited') throw error;
        if (wait > this.options.maxRetryWaitMs) throw error;
        await this.options.sleep(wait);
      }
    }
  }

  /**
   * One exchange in a slot of this number and of each shared limit. The timer starts only once every
   * slot is held, so it measures Blip's answer, never a wait in a queue. A write that fails without
   * a clear refusal says so: its outcome is unknown, and Blip may apply it for an answer window (60 s) after it went.
   */
  private post(path: string, body: unknown): Promise<unknown> {
    const limiters = [this.limiter, ...this.options.sharedLimiters];
    const write = path === '/messages' || (body as { method?: string }).method !== 'get';
    const inSlots = (index: number): Promise<unknown> => {
      if (index < limiters.length) return limiters[index]!.run(() => inSlots(index + 1));
      const sentAt = Date.now();
      return this.exchange(path, body).catch((error: unknown) => {
        if (!write || !(error instanceof AppError) || !mayHaveLanded(error.code)) throw error;
        throw new AppError(error.code, error.message, { ...error.details, outcomeUnknown: true, ...(mayStillLand(error.code) ? { settlesAt: sentAt + this.options.answerWindowMs } : {}) });
      });
    };
    return inSlots(0);
  }

  /**
   * Request, headers and body under one timer. On time-out the request is aborted and the call
   * fails at once, even if the body stream ignores the abort, so the slot is free again.
   */
  private async exchange(path: string, body: unknown): Promise<unknown> {
    const { timeoutMs } = this.options;
    const controller = new AbortController();
    let headersCame = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        reject(new AppError('timeout', `No complete reply within ${timeoutMs} ms`, { stalled: headersCame, waitedMs: timeoutMs }));
        controller.abort();
      }, timeoutMs);
    });
    const exchange = (async () => {
      let response: Response;
      try {
        response = await this.options.fetchImpl(`${this.options.host}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: this.options.authorization },
          body: JSON.stringify(body),
          signal: controller.signal,
        });
      } catch (error) {
        throw new AppError('network', error instanceof Error ? error.message : 'Network error');
      }
      headersCame = true;
      return readReply(response, path);
    })();
    // The losing side must not surface as an unhandled rejection.
    exchange.catch(() => undefined);
    timedOut.catch(() => undefined);
    try {
      return await Promise.race([exchange, timedOut]);
    } finally {
      clearTimeout(timer);
      // Releases a body nobody reads (202, errors) so its connection is not held.
      controller.abort();
    }
  }
}
