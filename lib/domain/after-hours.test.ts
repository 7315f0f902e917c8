import { describe, expect, it } from 'vitest';
import { afterHoursRows, EXTRAS } from './after-hours';
import type { BusinessHours } from './business-hours';

const hours: BusinessHours = {
  timeZone: 'America/Sao_Paulo',
  week: [[], ...Array.from({ length: 5 }, () => [{ start: '08:00', end: '18:00' }]), []],
  daysOff: [],
  source: 'extension',
};
const now = Date.parse('2026-11-25T15:00:00Z'); // Wednesday 12:00 in São Paulo
const at = (iso: string) => Date.parse(iso);

describe('afterHoursRows', () => {
  const candidates = [
    { identity: 'night', name: 'Ana', receivedAt: [at('2026-11-24T23:30:00Z')] }, // Tue 20:30 local
    { identity: 'inside', name: 'Bruno', receivedAt: [at('2026-11-24T14:00:00Z')] }, // Tue 11:00 local
    { identity: 'weekend', name: ' ', receivedAt: [at('2026-11-22T14:00:00Z')], extras: { [EXTRAS.callbackRequested]: 'true' } }, // Sunday
    { identity: 'old', name: 'Caio', receivedAt: [at('2026-11-17T23:30:00Z')] }, // 8 days ago
    { identity: 'sent', name: 'Dora', receivedAt: [at('2026-11-24T22:00:00Z')], extras: { [EXTRAS.activeMessageSentAt]: '2026-11-25T12:00:00Z' } },
    { identity: 'wrote-again', name: 'Eva', receivedAt: [at('2026-11-25T01:00:00Z')], extras: { [EXTRAS.activeMessageSentAt]: '2026-11-24T23:00:00Z' } },
  ];

  it('keeps contacts outside hours in the last 7 days, newest first', () => {
    const rows = afterHoursRows(candidates, hours, { notifyOption: true }, now);
    expect(rows.map((row) => row.identity)).toEqual(['wrote-again', 'night', 'sent', 'weekend']);
  });

  it('says whether a callback was requested, or N/D (undefined) when the option is off', () => {
    const on = afterHoursRows(candidates, hours, { notifyOption: true }, now);
    expect(on.find((row) => row.identity === 'weekend')!.callbackRequested).toBe(true);
    expect(on.find((row) => row.identity === 'night')!.callbackRequested).toBe(false);
    expect(afterHoursRows(candidates, hours, { notifyOption: false }, now).every((row) => row.callbackRequested === undefined)).toBe(true);
  });

  it('marks sent only when the message went out after the latest after-hours contact', () => {
    const rows = afterHoursRows(candidates, hours, { notifyOption: true, localSent: { night: now - 1000 } }, now);
    expect(rows.find((row) => row.identity === 'sent')!.sentAt).toBe(at('2026-11-25T12:00:00Z'));
    expect(rows.find((row) => row.identity === 'wrote-again')!.sentAt).toBeUndefined();
    expect(rows.find((row) => row.identity === 'night')!.sentAt).toBe(now - 1000);
    expect(rows.find((row) => row.identity === 'weekend')!.name).toBeUndefined();
  });
});
