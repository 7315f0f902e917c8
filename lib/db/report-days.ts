import type { Timings } from '../domain/trends';
import type { Database } from './database';
import { tablesOf } from './tables';

// The timings report of days that are over, per number: read once from Blip, then kept.

/** The kept timings of these days of a number, by day. */
export async function keptTimings(db: Database, installationId: string, days: string[]): Promise<Map<string, Timings>> {
  const records = await tablesOf(db).reportDays.bulkGet(days.map((day) => [installationId, day] as [string, string]));
  return new Map(records.flatMap((record) => (record ? [[record.day, record.timings] as const] : [])));
}

/** Keeps the timings of days that are over. */
export async function keepTimings(db: Database, installationId: string, timings: Array<{ day: string; timings: Timings }>, now: number): Promise<void> {
  await tablesOf(db).reportDays.bulkPut(timings.map((entry) => ({ installationId, day: entry.day, timings: entry.timings, fetchedAt: now })));
}

/** Drops kept days older than `before` (`yyyy-mm-dd`): trends never look further back than 30 days. */
export async function pruneTimings(db: Database, before: string): Promise<void> {
  await tablesOf(db).reportDays.filter((record) => record.day < before).delete();
}
