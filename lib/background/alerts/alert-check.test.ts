import { describe, expect, it } from 'vitest';
import { checkNumber } from './alert-check';
import type { AlertRule } from '../../domain/alerts';
import type { BusinessHours } from '../../domain/business-hours';
import { AppError } from '../../errors/app-error';

const MINUTE = 60_000;
const rule: AlertRule = { installationId: 'n1', maxQueueMinutes: 20, noAgentOnline: false, updatedAt: 0 };
const always: BusinessHours = { timeZone: 'UTC', week: Array.from({ length: 7 }, () => [{ start: '00:00', end: '23:59' }]), daysOff: [], source: 'extension' };
const never: BusinessHours = { ...always, week: [[], [], [], [], [], [], [{ start: '09:00', end: '10:00' }]] };
const NOW = Date.parse('2026-03-04T12:00:00Z');

describe('one alert check', () => {
  it('starts an alert when the wait crosses its threshold, keeps it without a new start, ends it when it recovers', async () => {
    let wait = 25 * MINUTE;
    const read = async () => ({ maxQueueTime: wait });
    const first = await checkNumber({ rule, previous: undefined, hours: always, read, now: NOW });
    expect(first.started.map((alert) => alert.kind)).toEqual(['queue-wait']);
    const second = await checkNumber({ rule, previous: first.status, hours: always, read, now: NOW + 30_000 });
    expect(second.started).toEqual([]);
    wait = 2 * MINUTE;
    const third = await checkNumber({ rule, previous: second.status, hours: always, read, now: NOW + 60_000 });
    expect(third.ended.map((alert) => alert.kind)).toEqual(['queue-wait']);
    expect(third.status.active).toEqual([]);
    expect(third.status.nextCheckAt).toBe(NOW + 90_000);
  });

  it('reads nothing outside business hours, ends what was on and waits for the opening', async () => {
    let reads = 0;
    const previous = { installationId: 'n1', checkedAt: NOW - 30_000, quiet: false, failures: 0, active: [{ kind: 'queue-wait' as const, value: 1, threshold: 1, since: 1 }] };
    const result = await checkNumber({ rule, previous, hours: never, read: async () => (reads++, {}), now: NOW });
    expect(reads).toBe(0);
    expect(result.status).toMatchObject({ quiet: true, active: [], nextCheckAt: Date.parse('2026-03-07T09:00:00Z') });
    expect(result.ended).toHaveLength(1);
  });

  it('keeps the alerts on a failed read and waits longer after each failure', async () => {
    const read = async () => Promise.reject(new AppError('server', 'Server error', { status: 500 }));
    const first = await checkNumber({ rule, previous: undefined, hours: undefined, read, now: NOW });
    const second = await checkNumber({ rule, previous: first.status, hours: undefined, read, now: NOW });
    expect([first.status.nextCheckAt! - NOW, second.status.nextCheckAt! - NOW]).toEqual([30_000, 60_000]);
    expect(second.status.error?.code).toBe('server');
  });
});
