/** Shortest wait after a 429, whatever Retry-After says: `0` must not turn into a tight retry loop. */
export const MIN_RETRY_AFTER_MS = 1_000;
/** Longest wait a Retry-After may impose: a far date (or a huge number) must not park a write for days. */
export const MAX_RETRY_AFTER_MS = 5 * 60_000;
/** When a 429 names no wait. Blip has been seen locking a bot out for about two minutes; start short. */
const DEFAULT_RETRY_AFTER_MS = 2_000;

/**
 * How long to wait after a 429, from its Retry-After header (delta-seconds or an HTTP date),
 * clamped to [1 s, 5 min].
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number {
  return clampRetryAfter(rawRetryAfter(value, now));
}

function rawRetryAfter(value: string | null, now: number): number {
  if (!value?.trim()) return DEFAULT_RETRY_AFTER_MS;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? DEFAULT_RETRY_AFTER_MS : date - now;
}

/** Keeps a server-imposed wait within [1 s, 5 min]. */
export function clampRetryAfter(ms: number): number {
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(MIN_RETRY_AFTER_MS, Number.isFinite(ms) ? ms : DEFAULT_RETRY_AFTER_MS));
}

/** Exponential backoff with jitter: ~300 ms, ~600 ms, ~1.2 s … up to `cap`. */
export function backoffMs(attempt: number, base = 300, cap = 30_000): number {
  const exponential = Math.min(cap, base * 2 ** attempt);
  return Math.round(exponential * (0.75 + Math.random() * 0.5));
}
