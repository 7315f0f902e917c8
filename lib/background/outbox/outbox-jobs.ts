import { browser } from 'wxt/browser';
import type { Database } from '../../db/database';
import type { OutboxKind } from './outbox-kinds';
import { OutboxRunner } from './outbox-runner';
import type { BlipTimings } from '../../domain/timings';

const OUTBOX_ALARM = 'outbox';

/**
 * Starts delivering the outbox: woken by a timer for the next due write while the worker lives, and
 * by an alarm after it was stopped. Call synchronously at start (the alarm listener must be there
 * before the event that woke the worker is dispatched).
 */
export function startOutbox(db: Database, kinds: Record<string, OutboxKind>, timings?: Promise<BlipTimings>): OutboxRunner {
  let wakeTimer: ReturnType<typeof setTimeout> | undefined;
  const runner = new OutboxRunner({
    db,
    timings,
    handlers: Object.fromEntries(Object.entries(kinds).map(([kind, { deliver }]) => [kind, deliver])),
    onDelivered: (item) => kinds[item.kind]?.delivered?.(item),
    schedule: (at) => {
      clearTimeout(wakeTimer);
      wakeTimer = setTimeout(() => void runner.kick(), Math.max(0, at - Date.now()));
    },
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void runner.kick();
  });
  void browser.alarms.create(OUTBOX_ALARM, { periodInMinutes: 0.5 });
  return runner;
}
