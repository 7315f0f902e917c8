import { browser } from 'wxt/browser';
import type { Services } from '../services';
import { afterWake } from '../after-wake';

const CONTACT_SYNC_ALARM = 'contact-sync';

/**
 * Schedules contact syncs: every few minutes (alarm, also after the worker was stopped), when the
 * worker starts, and when a number is added or becomes an attendant number. Call synchronously at
 * start so the alarm listener is registered before the event that woke the worker is dispatched.
 */
export function startContactSync(services: Services): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CONTACT_SYNC_ALARM) void services.contactSync.syncAll();
  });
  void browser.alarms.create(CONTACT_SYNC_ALARM, { periodInMinutes: 5 });
  afterWake(() => {
    services.contactSync.watchNumbers();
    void services.contactSync.syncAll();
  });
}
