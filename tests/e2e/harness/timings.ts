import { SANDBOX_TIMINGS_KEY, type BlipTimings } from '../../../lib/domain/timings';
import type { ExtensionSession } from './chromium';

/**
 * Shorter waits for the fault tests, in the same order as the real ones (in brackets): a reply is
 * given up on after 6 s (15 s), a write given up on may still land for 15 s (60 s), a lease lasts
 * 8 s (20 s). A `slow` fault then lasts between the first two, e.g. 10 s.
 */
export const FAULT_TEST_TIMINGS: BlipTimings = { timeoutMs: 6_000, answerWindowMs: 15_000, leaseMs: 8_000 };

/** Gives the sandbox build's worker `timings`: stored, then the worker is stopped so it starts with them. */
export async function useTimings(session: ExtensionSession, timings: BlipTimings = FAULT_TEST_TIMINGS): Promise<void> {
  const page = await session.open('options');
  await page.evaluate(
    (key, value) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ [key]: value }),
    SANDBOX_TIMINGS_KEY,
    timings,
  );
  await page.close();
  await session.stopWorker();
}
