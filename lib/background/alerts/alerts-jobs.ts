import { browser } from 'wxt/browser';
import { liveQuery } from '../../db/live';
import { listAlertRules } from '../../db/alerts';
import { listBusinessHours } from '../../db/after-hours';
import { ALERT_CHECK_MS } from '../../domain/refresh-cadence';
import type { Services } from '../services';
import { afterWake } from '../after-wake';

/** The alarm of the next alert check. */
export const ALERTS_ALARM = 'alerts-check';

/**
 * Runs the alert checks with the panel closed: one alarm, set each time for the next number due
 * (30 s, Chrome's shortest period; later while a number is closed or failing) and cleared when no
 * number has alerts. A change of thresholds or of the hours set in the extension checks every number
 * at once. Call synchronously at start (the alarm's listener is registered at once, the rest after
 * the worker's wake-up).
 */
export function startAlerts(services: Services): void {
  let running: Promise<void> | undefined;
  let again: boolean | undefined;
  const run = (force: boolean): void => {
    if (running) {
      again = Boolean(again) || force;
      return;
    }
    running = services.alerts
      .checkDue(Date.now(), force)
      .then(plan, (error: unknown) => {
        console.error('alert check', error);
        return plan(Date.now() + ALERT_CHECK_MS);
      })
      .finally(() => {
        running = undefined;
        if (again !== undefined) {
          const forced = again;
          again = undefined;
          run(forced);
        }
      });
  };
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALERTS_ALARM) run(false);
  });
  // Rule and hours changes are followed once the event that woke the worker is answered.
  afterWake(() => {
    let first = true;
    let hoursSeen = '';
    liveQuery(async () => ({ rules: await listAlertRules(services.db), hours: JSON.stringify(await listBusinessHours(services.db)) })).subscribe({
      next: ({ hours }) => {
        // Hours changed in the extension count at once, not when the kept copy expires.
        if (!first && hours !== hoursSeen) services.alerts.forgetHours();
        hoursSeen = hours;
        run(!first);
        first = false;
      },
      error: (error) => console.error('alert rules', error),
    });
  });
}

async function plan(next: number | undefined): Promise<void> {
  if (next === undefined) await browser.alarms.clear(ALERTS_ALARM);
  else await browser.alarms.create(ALERTS_ALARM, { when: Math.max(next, Date.now() + 1000) });
}
