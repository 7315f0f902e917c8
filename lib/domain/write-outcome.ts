import type { ErrorCode } from '../errors/app-error';

/**
 * How long Blip may take to answer a request: its HTTP API gives up after 60 s with a 504 ("The
 * timeout for the server to deliver the command response to your request is 60 seconds", Blip docs,
 * getting started over HTTP). A write we stopped waiting for may still be applied until then.
 */
export const BLIP_ANSWER_WINDOW_MS = 60_000;

/**
 * Whether a write that failed this way may nevertheless have been applied: no answer in time, a
 * dropped connection, a server error or a reply we could not read. Refusals (bad key, 429, a LIME
 * failure, our own checks) mean it was not.
 */
export function mayHaveLanded(code: ErrorCode): boolean {
  return code === 'timeout' || code === 'network' || code === 'server' || code === 'malformed-reply';
}

/** Whether Blip may still be working on it after we gave up (we stopped waiting; it may not have). */
export function mayStillLand(code: ErrorCode): boolean {
  return code === 'timeout' || code === 'network';
}
