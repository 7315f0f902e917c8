import type { BusinessHours } from '../domain/business-hours';
import type { AfterHoursContactRecord, AfterHoursState } from '../domain/after-hours';
import { AFTER_HOURS_SENT, type AfterHoursSentPayload } from '../domain/outbox-item';
import type { Database } from './database';
import { enqueue, outboxTables } from './outbox';
import { tablesOf } from './tables';
import { keyOf, usable, usableOne } from './checked-read';
import { checkAfterHoursContact, checkAfterHoursState } from './valid-after-hours';

const contactKey = (raw: unknown) => `${keyOf('installationId')(raw)}/${keyOf('identity')(raw)}`;

// After-hours contacts: the business hours set in the extension (for a number whose Desk has none),
// the active messages sent from the list, and the list itself as last read from Blip (per contact).

/** The hours set in the extension for a number. */
export async function getBusinessHours(db: Database, installationId: string): Promise<BusinessHours | undefined> {
  return (await tablesOf(db).businessHours.get(installationId))?.hours;
}

/** The hours set in the extension, every number's (to notice a change). */
export function listBusinessHours(db: Database): Promise<Array<{ installationId: string; hours: BusinessHours }>> {
  return tablesOf(db).businessHours.toArray();
}

/** Stores the hours set in the extension for a number. */
export async function putBusinessHours(db: Database, installationId: string, hours: BusinessHours): Promise<void> {
  await tablesOf(db).businessHours.put({ installationId, hours });
}

/** The contacts of a number marked as sent an active message here, with when. */
export function listAfterHoursSent(db: Database, installationId: string): Promise<Array<{ identity: string; sentAt: number }>> {
  return tablesOf(db).afterHoursSent.where('installationId').equals(installationId).toArray();
}

/** The mark, at once, and its write to the contact's extras, in one transaction. */
export async function markAfterHoursSent(db: Database, installationId: string, identity: string, now: number): Promise<void> {
  const { afterHoursSent } = tablesOf(db);
  await tablesOf(db).transaction('rw', [afterHoursSent, ...outboxTables(db)], async () => {
    await afterHoursSent.put({ installationId, identity, sentAt: now });
    const payload: AfterHoursSentPayload = { identity, sentAt: new Date(now).toISOString() };
    await enqueue(db, { installationId, kind: AFTER_HOURS_SENT, payload }, now);
  });
}

/** Where a number's after-hours list stands (undefined before its first reading, or when it cannot be read). */
export async function getAfterHoursState(db: Database, installationId: string): Promise<AfterHoursState | undefined> {
  return usableOne('afterHoursState', await tablesOf(db).afterHoursState.get(installationId), checkAfterHoursState, keyOf('installationId'));
}

/** The contacts kept for a number's after-hours list (one that cannot be read is left out: its thread is read again). */
export async function listAfterHoursContacts(db: Database, installationId: string): Promise<AfterHoursContactRecord[]> {
  return usable('afterHoursContacts', await tablesOf(db).afterHoursContacts.where('installationId').equals(installationId).toArray(), checkAfterHoursContact, contactKey);
}

/** The kept contacts of a number with these identities (undefined where none is kept, or it cannot be read). */
export async function getAfterHoursContacts(db: Database, installationId: string, identities: string[]): Promise<Array<AfterHoursContactRecord | undefined>> {
  const rows = await tablesOf(db).afterHoursContacts.bulkGet(identities.map((identity) => [installationId, identity] as [string, string]));
  return rows.map((row) => usableOne('afterHoursContacts', row, checkAfterHoursContact, contactKey));
}

/** Stores what a reading found (contacts to keep, identities to drop) with where the list stands, in one transaction. */
export async function saveAfterHoursReading(db: Database, reading: { state: AfterHoursState; keep: AfterHoursContactRecord[]; drop: string[] }): Promise<void> {
  const { afterHoursContacts, afterHoursState } = tablesOf(db);
  await tablesOf(db).transaction('rw', afterHoursContacts, afterHoursState, async () => {
    await afterHoursContacts.bulkDelete(reading.drop.map((identity) => [reading.state.installationId, identity] as [string, string]));
    await afterHoursContacts.bulkPut(reading.keep);
    await afterHoursState.put(reading.state);
  });
}
