import { browser } from 'wxt/browser';
import { z } from 'zod';
import { BLIP_TIMINGS, SANDBOX_TIMINGS_KEY, type BlipTimings } from '../domain/timings';

const timingsSchema = z.object({ timeoutMs: z.number().int().min(1_000), answerWindowMs: z.number().int().min(1_000), leaseMs: z.number().int().min(1_000) }).partial();

/**
 * The timings this worker keeps to. A sandbox build takes shorter ones from
 * `storage.local['sandbox.timings']`, so a fault test need not sit through Blip's real minute
 * before a re-send; a release build never reads it (the branch is left out at build time).
 */
export async function loadTimings(): Promise<BlipTimings> {
  if (import.meta.env.MODE !== 'sandbox' && import.meta.env.MODE !== 'development') return BLIP_TIMINGS;
  const stored = timingsSchema.safeParse((await browser.storage.local.get(SANDBOX_TIMINGS_KEY))[SANDBOX_TIMINGS_KEY]);
  return { ...BLIP_TIMINGS, ...(stored.success ? stored.data : {}) };
}
