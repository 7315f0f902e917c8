import type { Reminder, ScheduledMessage } from '../domain/callbacks';
import type { Database } from './database';
import { tablesOf } from './tables';

// Call-backs of after-hours contacts: reminders, and active messages scheduled for the opening.

/** Stores a reminder (new or changed). */
export async function putReminder(db: Database, reminder: Reminder): Promise<void> {
  await tablesOf(db).reminders.put(reminder);
}

export function getReminder(db: Database, id: string): Promise<Reminder | undefined> {
  return tablesOf(db).reminders.get(id);
}

/** A number's reminders, soonest first. */
export async function listReminders(db: Database, installationId: string): Promise<Reminder[]> {
  return (await tablesOf(db).reminders.where('installationId').equals(installationId).toArray()).sort((a, b) => a.dueAt - b.dueAt);
}

/** Every reminder still to fire, soonest first. */
export async function pendingReminders(db: Database): Promise<Reminder[]> {
  return (await tablesOf(db).reminders.where('status').equals('pending').toArray()).sort((a, b) => a.dueAt - b.dueAt);
}

/** Changes a reminder only while it is in one of `from` (the job and a click may race): true when it did. */
export async function settleReminder(db: Database, id: string, status: Reminder['status'], now: number, from: Array<Reminder['status']> = ['pending']): Promise<boolean> {
  return tablesOf(db).transaction('rw', tablesOf(db).reminders, async () => {
    const reminder = await tablesOf(db).reminders.get(id);
    if (!reminder || !from.includes(reminder.status)) return false;
    await tablesOf(db).reminders.put({ ...reminder, status, doneAt: now });
    return true;
  });
}

/** Stores a scheduled message (new or changed). */
export async function putScheduledMessage(db: Database, message: ScheduledMessage): Promise<void> {
  await tablesOf(db).scheduledMessages.put(message);
}

/** Forgets a scheduled message Blip refused (nothing was scheduled). */
export async function deleteScheduledMessage(db: Database, id: string): Promise<void> {
  await tablesOf(db).scheduledMessages.delete(id);
}

export function getScheduledMessage(db: Database, id: string): Promise<ScheduledMessage | undefined> {
  return tablesOf(db).scheduledMessages.get(id);
}

/** A number's scheduled messages, soonest first. */
export async function listScheduledMessages(db: Database, installationId: string): Promise<ScheduledMessage[]> {
  return (await tablesOf(db).scheduledMessages.where('installationId').equals(installationId).toArray()).sort((a, b) => a.when - b.when);
}

/** Messages still waiting to leave, or gone but not yet routed: the job's work. */
export async function openScheduledMessages(db: Database): Promise<ScheduledMessage[]> {
  const all = await tablesOf(db).scheduledMessages.where('status').anyOf('scheduled', 'sent').toArray();
  return all.filter((message) => message.status === 'scheduled' || !message.routedAt).sort((a, b) => a.when - b.when);
}
