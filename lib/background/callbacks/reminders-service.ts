import type { Database } from '../../db/database';
import { getReminder, pendingReminders, putReminder, settleReminder } from '../../db/callbacks';
import { getInstallation } from '../../db/installations';
import { calledBack, type Reminder } from '../../domain/callbacks';
import { threadPageBefore } from '../../blip/threads';
import { formatDateTime, t } from '../../i18n/i18n';
import type { BlipClients } from '../installations/clients';
import { clearNotification, showNotification } from '../notify/notifications';

export const REMINDER_NOTIFICATION = 'reminder:';

/**
 * "Remind me" for an after-hours row: kept locally, fired by the background at its time (see
 * callbacks-jobs.ts) as a desktop notification that opens the contact — unless someone already got back
 * to the customer (an agent wrote, or an active message went out), in which case it drops out quietly.
 */
export class RemindersService {
  constructor(
    private readonly db: Database,
    private readonly clients: BlipClients,
  ) {}

  async remind(input: Pick<Reminder, 'installationId' | 'identity' | 'name' | 'phone' | 'contactedAt' | 'dueAt'>, now = Date.now()): Promise<Reminder> {
    const reminder: Reminder = { ...input, id: crypto.randomUUID(), createdAt: now, status: 'pending' };
    await putReminder(this.db, reminder);
    return reminder;
  }

  /** Done with it, before or after it fired. */
  async dismiss(id: string, now = Date.now()): Promise<void> {
    await settleReminder(this.db, id, 'dismissed', now, ['pending', 'fired']);
    await clearNotification(`${REMINDER_NOTIFICATION}${id}`);
  }

  /** The reminder a clicked notification stands for (it is done once clicked). */
  async takeClicked(notificationId: string, now = Date.now()): Promise<Reminder | undefined> {
    const id = notificationId.slice(REMINDER_NOTIFICATION.length);
    await settleReminder(this.db, id, 'dismissed', now, ['fired']);
    await clearNotification(notificationId);
    return getReminder(this.db, id);
  }

  /** Fires the reminders that are due; returns when the next one is. */
  async fireDue(now = Date.now()): Promise<number | undefined> {
    const pending = await pendingReminders(this.db);
    for (const reminder of pending.filter((candidate) => candidate.dueAt <= now)) await this.fire(reminder, now);
    return pending.find((candidate) => candidate.dueAt > now)?.dueAt;
  }

  private async fire(reminder: Reminder, now: number): Promise<void> {
    if (await this.alreadyCalledBack(reminder)) {
      await settleReminder(this.db, reminder.id, 'resolved', now);
      return;
    }
    if (!(await settleReminder(this.db, reminder.id, 'fired', now))) return;
    const number = (await getInstallation(this.db, reminder.installationId))?.name ?? '';
    const who = reminder.name ?? reminder.phone ?? `+${reminder.identity.split('@')[0]}`;
    await showNotification(`${REMINDER_NOTIFICATION}${reminder.id}`, {
      title: t('callbacks.reminderTitle', { name: who }),
      message: t('callbacks.reminderBody', { number, date: formatDateTime(reminder.contactedAt) }),
    });
  }

  /** Someone got back to the customer since their after-hours message (an unreadable thread counts as no). */
  private async alreadyCalledBack(reminder: Reminder): Promise<boolean> {
    try {
      const transport = await this.clients.forInstallation(reminder.installationId, { router: true });
      return calledBack(await threadPageBefore(transport, reminder.identity, undefined, 50), reminder.contactedAt);
    } catch {
      return false;
    }
  }
}
