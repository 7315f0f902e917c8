import { browser } from 'wxt/browser';
import { liveQuery } from '../../db/live';
import { openScheduledMessages, pendingReminders } from '../../db/callbacks';
import type { Services } from '../services';
import { afterWake } from '../after-wake';

/** The alarm of the next reminder or scheduled message to look at. */
export const CALLBACKS_ALARM = 'callbacks-due';

/**
 * Fires reminders and follows scheduled messages at their time, with the panel closed: one alarm set
 * for the next thing due, and set again whenever reminders or schedules change. A browser that was
 * closed at that time catches up when it starts. Call synchronously at start (the alarm's listener is
 * registered at once, the rest after the worker's wake-up).
 */
export function startCallbacks(services: Services): void {
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    const now = Date.now();
    running = Promise.all([services.reminders.fireDue(now), services.scheduled.followDue(now)])
      .then(([reminder, schedule]) => plan([reminder, schedule]), (error: unknown) => console.error('call-backs', error))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CALLBACKS_ALARM) run();
  });
  // Changes are followed once the event that woke the worker is answered.
  afterWake(() => {
    let seen = '';
    liveQuery(async () => JSON.stringify([(await pendingReminders(services.db)).map((reminder) => [reminder.id, reminder.dueAt]), (await openScheduledMessages(services.db)).map((message) => [message.id, message.status])])).subscribe({
      next: (now) => {
        if (now === seen) return;
        seen = now;
        run();
      },
      error: (error) => console.error('call-backs', error),
    });
  });
}

async function plan(next: Array<number | undefined>): Promise<void> {
  const times = next.filter((at): at is number => at !== undefined);
  if (!times.length) await browser.alarms.clear(CALLBACKS_ALARM);
  else await browser.alarms.create(CALLBACKS_ALARM, { when: Math.max(Math.min(...times), Date.now() + 1000) });
}
