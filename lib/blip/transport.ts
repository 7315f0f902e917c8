import type { z } from 'zod';
import { AppError, isTransient } from '../errors/app-error';
import { commandResponseSchema, REASON_NOT_FOUND, type CommandRequest } from './lime';
import { ConcurrencyLimiter } from './limiter';

export interface TransportOptions {
  /** Command host, e.g. `https://acme.http.msging.net` (no trailing slash needed). */
  host: string;
  /** The full `Authorization` header value: `Key …`. */
  authorization: string;
  timeoutMs?: number;
  /** Requests in flight at once for this number (Blip's free tier allows 48 commands/s). */
  maxConcurrent?: number;
  /** Extra attempts for safe reads after a transient failure. */
  readRetries?: number;
  /** Longest Retry-After we wait for inside one call; longer waits surface as `rate-limited`. */
  maxRetryWaitMs?: number;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  newId?: () => string;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One LIME command transport per number: `POST {host}/commands` with the number's key,
 * a timeout per request, bounded concurrency, retries for safe reads, and replies checked
 * by zod. HTTP 200 with `status: failure` is a failure (blip-api.md §1.3).
 */
export class BlipTransport {
  private readonly limiter: ConcurrencyLimiter;
  private readonly options: Required<Omit<TransportOptions, 'fetchImpl'>> & { fetchImpl: typeof fetch };

  constructor(options: TransportOptions) {
    this.options = {
      timeoutMs: 15_000,
      maxConcurrent: 4,
      readRetries: 2,
      maxRetryWaitMs: 10_000,
      sleep: defaultSleep,
      newId: () => crypto.randomUUID(),
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

  /** Sends a message envelope (`POST /messages`, answered 202). Never retried here: the outbox owns that. */
  async message(envelope: { id: string; to: string; type: string; content: unknown; metadata?: Record<string, string> }) {
    await this.withRetries(false, () => this.post('/messages', envelope));
  }

  private async withRetries<T>(safe: boolean, attempt: () => Promise<T>): Promise<T> {
    for (let tries = 0; ; tries++) {
      try {
        return await attempt();
      } catch (error) {
        const retryable = error instanceof AppError && isTransient(error.code) && tries < this.options.readRetries;
        if (!retryable) throw error;
        const wait = error.details.retryAfterMs ?? backoffMs(tries);
        // A 429 is refused before any processing, so it is safe to repeat for writes too.
        if (!safe && error.code !== 'rate-limited') throw error;
        if (wait > this.options.maxRetryWaitMs) throw error;
        await this.options.sleep(wait);
      }
    }
  }

  private post(path: string, body: unknown): Promise<unknown> {
    return this.limiter.run(async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
      let response: Response;
      try {
        response = await this.options.fetchImpl(`${this.options.host}${path}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: this.options.authorization },
          body: JSON.stringify(body),
          signal: controller.signal,
        });
      } catch (error) {
        if (controller.signal.aborted) throw new AppError('timeout', `No reply within ${this.options.timeoutMs} ms`);
        throw new AppError('network', error instanceof Error ? error.message : 'Network error');
      } finally {
        clearTimeout(timer);
      }
      return readReply(response, path);
    });
  }
}

async function readReply(response: Response, path: string): Promise<unknown> {
  const status = response.status;
  if (status === 401 || status === 403) throw new AppError('auth', 'The key was refused', { status });
  if (status === 429) {
    throw new AppError('rate-limited', 'Too many requests', {
      status,
      retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')),
    });
  }
  if (status >= 500) throw new AppError('server', `Server error ${status}`, { status });
  if (status === 202 || status === 204) return undefined;
  if (status === 400) {
    // Blip explains a refused envelope (e.g. a template it will not send) with a LIME reason.
    const reason = await response.json().then((body: { reason?: { code?: number; description?: string } }) => body?.reason, () => undefined);
    if (reason?.code !== undefined) throw new AppError('lime-failure', reason.description ?? 'Refused', { status, reason: reason.code, reasonText: reason.description });
  }
  if (status !== 200) throw new AppError('malformed-reply', `Unexpected HTTP ${status} from ${path}`, { status });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('malformed-reply', 'The reply is not JSON', { status });
  }
}

/** Retry-After is either delta-seconds or an HTTP date. Absent means Blip's reported 2-minute lock-out is possible; use a short default. */
export function parseRetryAfter(value: string | null, now = Date.now()): number {
  if (!value) return 2_000;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 2_000 : Math.max(0, date - now);
}

/** Exponential backoff with jitter: ~300 ms, ~600 ms, ~1.2 s … */
export function backoffMs(attempt: number, base = 300, cap = 30_000): number {
  const exponential = Math.min(cap, base * 2 ** attempt);
  return Math.round(exponential * (0.75 + Math.random() * 0.5));
}
