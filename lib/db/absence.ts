import { ABSENCE_WRITE } from '../domain/outbox-item';
import type { AbsenceRecord, AbsenceSetting } from '../domain/absence';
import type { Database } from './database';
import { enqueue, outboxTables, queuedWrites } from './outbox';
import { tablesOf } from './tables';
import { keyOf, usable } from './checked-read';
import { checkAbsence } from './valid-records';

// Each number's agent-absence setting: the local copy, and whether a write of it is on its way.

const checked = (rows: unknown[]) => usable('absence', rows, checkAbsence, keyOf('installationId'));

/** A number's absence record (none when it cannot be read: the bot's copy replaces it at the next refresh). */
export async function getAbsence(db: Database, installationId: string): Promise<AbsenceRecord | undefined> {
  return checked([await tablesOf(db).absence.get(installationId)].filter(Boolean))[0];
}

/** Every number's absence record that can be read. */
export async function listAbsences(db: Database): Promise<AbsenceRecord[]> {
  return checked(await tablesOf(db).absence.toArray());
}

/** The new setting, marked pending, and its write to the bot, in one transaction. */
export async function saveAbsence(db: Database, installationId: string, setting: AbsenceSetting, now: number): Promise<void> {
  const { absence } = tablesOf(db);
  await tablesOf(db).transaction('rw', [absence, ...outboxTables(db)], async () => {
    await absence.put({ installationId, setting, pending: true, updatedAt: now });
    await enqueue(db, { installationId, kind: ABSENCE_WRITE, payload: setting }, now);
  });
}

/**
 * Takes in the bot's copy (none: deleted), read from `readAt` on, unless a local write is still on
 * its way or was made after the read began (that copy is older than what the user just did).
 */
export async function storeBotAbsence(db: Database, installationId: string, setting: AbsenceSetting | undefined, readAt: number): Promise<void> {
  const { absence, outbox } = tablesOf(db);
  await tablesOf(db).transaction('rw', absence, outbox, async () => {
    if (await hasQueuedWrite(db, installationId)) return;
    if (((await absence.get(installationId))?.updatedAt ?? -Infinity) > readAt) return;
    if (setting) await absence.put({ installationId, setting, pending: false, updatedAt: readAt });
    else await absence.delete(installationId);
  });
}

/** Clears the pending mark once no write of that number's setting is queued any more. */
export async function settleAbsence(db: Database, installationId: string): Promise<void> {
  const { absence, outbox } = tablesOf(db);
  await tablesOf(db).transaction('rw', absence, outbox, async () => {
    if (!(await hasQueuedWrite(db, installationId))) await absence.update(installationId, { pending: false });
  });
}

async function hasQueuedWrite(db: Database, installationId: string): Promise<boolean> {
  return (await queuedWrites(db, installationId, ABSENCE_WRITE)).length > 0;
}
