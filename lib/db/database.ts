import { CompanionDb, tablesOf } from './tables';

export declare const databaseBrand: unique symbol;

/**
 * The extension's IndexedDB database as every folder but lib/db sees it: a handle to pass to the
 * repositories here (one file per table or aggregate), which alone read and write its tables and
 * own its transactions. Opened by the background and read (live) by the pages.
 */
export interface Database {
  readonly [databaseBrand]: true;
}

let shared: Database | undefined;

/** The one database handle of this context. */
export function getDb(): Database {
  shared ??= openDatabase();
  return shared;
}

/**
 * Starts opening the database now (it opens on first use otherwise): a waking worker does this
 * first, so the call that woke it finds the database open.
 */
export function openEarly(db: Database): void {
  void tablesOf(db).open().catch(() => undefined);
}

/** Opens the database by name: the extension's own, or a fresh one for a test. */
export function openDatabase(name = 'asistencia-companion'): Database {
  return new CompanionDb(name);
}

/** Closes and deletes a database (a benchmark's, when it is done). */
export async function deleteDatabase(db: Database): Promise<void> {
  tablesOf(db).close();
  await tablesOf(db).delete();
}
