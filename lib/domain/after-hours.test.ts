import { describe, expect, it } from 'vitest';
import { afterHoursRows, EXTRAS, isActiveMessage, withThreadDates, type AfterHoursCandidate } from './after-hours';
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
  const candidates: AfterHoursCandidate[] = [
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

describe('message sent, from the thread', () => {
  const template = { direction: 'sent' as const, type: 'application/json', content: { type: 'template', template: { name: 'retomar' } } };

  it.each([
    [template, true],
    [{ ...template, direction: 'received' as const }, false],
    [{ direction: 'sent' as const, type: 'text/plain', content: 'Hola' }, false],
    [{ direction: 'sent' as const, type: 'application/json', content: { type: 'interactive' } }, false],
    [{ direction: 'sent' as const, type: 'application/json', content: null }, false],
  ])('%j is an active message: %s', (message, expected) => expect(isActiveMessage(message)).toBe(expected));

  it('counts an active message sent after the after-hours contact, from anywhere', () => {
    const contacted = at('2026-11-24T23:30:00Z');
    const rows = afterHoursRows(
      [
        { identity: 'answered', receivedAt: [contacted], activeSentAt: [contacted + 3_600_000] },
        { identity: 'earlier', receivedAt: [contacted], activeSentAt: [contacted - 3_600_000] },
      ],
      hours,
      { notifyOption: false },
      now,
    );
    expect(Object.fromEntries(rows.map((row) => [row.identity, row.sentAt]))).toEqual({ answered: contacted + 3_600_000, earlier: undefined });
  });

  it('adds a thread\'s dates once each, drops those before the window, and remembers the newest read', () => {
    const since = at('2026-11-18T00:00:00Z');
    const messages = [
      { direction: 'received' as const, type: 'text/plain', content: 'hola', date: '2026-11-24T23:30:00.000Z' },
      { ...template, date: '2026-11-25T12:00:00.000Z' },
      { direction: 'sent' as const, type: 'text/plain', content: 'bot', date: '2026-11-25T12:05:00.000Z' },
      { direction: 'received' as const, type: 'text/plain', content: 'viejo', date: '2026-11-10T10:00:00.000Z' },
    ];
    const first = withThreadDates({ receivedAt: [], activeSentAt: [], readUntil: 0 }, messages, since);
    expect(first).toEqual({ receivedAt: [at('2026-11-24T23:30:00Z')], activeSentAt: [at('2026-11-25T12:00:00Z')], readUntil: at('2026-11-25T12:05:00Z'), activeDelivery: { at: at('2026-11-25T12:00:00Z') } });
    expect(withThreadDates(first, messages.slice(0, 2), since)).toEqual(first);
  });
});
