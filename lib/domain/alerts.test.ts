import { describe, expect, it } from 'vitest';
import { breachesOf, nextAlerts, readsFor, watchesAnything, type AlertThresholds } from './alerts';

const MINUTE = 60_000;
const rule: AlertThresholds = { maxQueueMinutes: 20, firstResponseMinutes: 5, queueSize: 10, noAgentOnline: true };

describe('alert thresholds', () => {
  it.each([
    ['nothing crossed', { maxQueueTime: 19 * MINUTE, avgFirstResponseTime: 4 * MINUTE, waiting: 9, online: 2 }, []],
    ['a wait at its minutes', { maxQueueTime: 20 * MINUTE, waiting: 1, online: 1 }, ['queue-wait']],
    ['first response past', { avgFirstResponseTime: 6 * MINUTE }, ['first-response']],
    ['queue at its size', { waiting: 10, online: 3 }, ['queue-size']],
    ['tickets wait, nobody online', { waiting: 2, online: 0 }, ['no-agent']],
    ['nobody online, nobody waiting', { waiting: 0, online: 0 }, []],
    ['figures not read are not judged', {}, []],
  ])('%s', (_label, reading, kinds) => {
    expect(breachesOf(rule, reading).map((breach) => breach.kind)).toEqual(kinds);
  });

  it('reads only what the rule watches', () => {
    expect([...readsFor({ maxQueueMinutes: 10, noAgentOnline: false })]).toEqual(['waiting-tickets']);
    expect([...readsFor({ noAgentOnline: true })].sort()).toEqual(['attendants', 'tickets']);
    expect(watchesAnything({ noAgentOnline: false })).toBe(false);
    expect(watchesAnything(undefined)).toBe(false);
  });
});

describe('alert life', () => {
  it('starts once, keeps its start while on, ends when no longer crossed', () => {
    const first = nextAlerts([], [{ kind: 'queue-wait', value: 21, threshold: 20 }], 1000);
    expect(first.started.map((alert) => alert.kind)).toEqual(['queue-wait']);
    const second = nextAlerts(first.active, [{ kind: 'queue-wait', value: 25, threshold: 20 }], 2000);
    expect(second.started).toEqual([]);
    expect(second.active).toEqual([{ kind: 'queue-wait', value: 25, threshold: 20, since: 1000 }]);
    const third = nextAlerts(second.active, [], 3000);
    expect(third.ended.map((alert) => alert.kind)).toEqual(['queue-wait']);
    expect(third.active).toEqual([]);
  });
});
