import { BLIP_ANSWER_WINDOW_MS } from './write-outcome';

/** The waits the client keeps to when it talks to Blip and delivers queued writes. */
export interface BlipTimings {
  /** Longest time one exchange may take, headers and body together. */
  timeoutMs: number;
  /** How long after it was sent Blip may still apply a write we stopped waiting for. */
  answerWindowMs: number;
  /** How long an outbox delivery's lease lasts without renewal (a running one renews it). */
  leaseMs: number;
}

/** Where a sandbox build (npm start, the browser tests) finds shorter timings in `storage.local`. */
export const SANDBOX_TIMINGS_KEY = 'sandbox.timings';

/** The timings every release build uses. */
export const BLIP_TIMINGS: BlipTimings = { timeoutMs: 15_000, answerWindowMs: BLIP_ANSWER_WINDOW_MS, leaseMs: 20_000 };
