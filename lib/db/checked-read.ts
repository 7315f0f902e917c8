import { reportDamaged, type DamagedTable } from './damage';
import type { Checked } from './valid-records';

/**
 * The records of a read that may be used, each checked: a mended one is used and reported, one
 * that cannot be used is left out and reported (once per context).
 */
export function usable<T>(table: DamagedTable, rows: unknown[], check: (raw: unknown) => Checked<T>, keyOf: (raw: unknown) => string): T[] {
  const records: T[] = [];
  for (const row of rows) {
    const checked = check(row);
    if (checked.problem !== undefined) reportDamaged({ table, key: keyOf(row), problem: checked.problem, skipped: checked.record === undefined });
    if (checked.record !== undefined) records.push(checked.record);
  }
  return records;
}

/** One record, checked the same way (undefined when absent or unusable). */
export function usableOne<T>(table: DamagedTable, row: unknown, check: (raw: unknown) => Checked<T>, keyOf: (raw: unknown) => string): T | undefined {
  return row === undefined ? undefined : usable(table, [row], check, keyOf)[0];
}

/** A record's key for the report, whatever shape it has. */
export function keyOf(field: string): (raw: unknown) => string {
  return (raw) => String((raw as Record<string, unknown> | null | undefined)?.[field] ?? '?');
}
