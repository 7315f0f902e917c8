/** The tables whose records are checked on read. */
export type DamagedTable = 'installations' | 'replyCategories' | 'outbox' | 'absence' | 'contactPages' | 'afterHoursContacts' | 'afterHoursState';

/** A stored record found damaged on read (written by an older version, or corrupted). */
export interface DamagedRecord {
  table: DamagedTable;
  /** The record's key (a cached contact: its number, page and identity). */
  key: string;
  /** What is wrong with it, for the console and the tests (not shown to the user). */
  problem: string;
  /** Left out of what the views show (otherwise mended on read and still shown). */
  skipped: boolean;
}
