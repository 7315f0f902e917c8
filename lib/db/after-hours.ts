import type { BusinessHours } from '../domain/business-hours';
import { AFTER_HOURS_SENT, type AfterHoursSentPayload } from '../domain/outbox-item';
import type { Database } from './database';
import { enqueue, outboxTables } from './outbox';
import { tablesOf } from './tables';

// After-hours contacts: the business hours set in the extension (for a number whose Desk has none)
// and the active messages sent from the list.

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
