/**
 * Records found damaged on read (written by an older version, or corrupted): the repositories skip
 * or mend them and report each one here once per context, so views can say what they left out and
 * the background can repair it from Blip.
 */
import type { DamagedRecord, DamagedTable } from '../domain/damaged-record';

export type { DamagedRecord, DamagedTable };

const reported = new Map<string, DamagedRecord>();
const listeners = new Set<() => void>();

/** Reports a damaged record; the same record is reported once. */
export function reportDamaged(record: DamagedRecord): void {
  const id = `${record.table}\u0000${record.key}`;
  if (reported.has(id)) return;
  reported.set(id, record);
  console.warn(`Damaged ${record.table} record ${record.key}: ${record.problem}${record.skipped ? ' (left out)' : ' (mended on read)'}`);
  for (const listener of listeners) listener();
}

/** Every damaged record reported in this context so far. */
export function damagedRecords(): DamagedRecord[] {
  return [...reported.values()];
}

/** Calls `listener` whenever a new damaged record is reported; returns the unsubscribe. */
export function onDamaged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets a record once repaired (it may be reported again if it breaks again). */
export function forgetDamaged(table: DamagedTable, key: string): void {
  if (reported.delete(`${table}\u0000${key}`)) for (const listener of listeners) listener();
}
