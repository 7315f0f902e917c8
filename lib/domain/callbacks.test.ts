import { describe, expect, it } from 'vitest';
import { calledBack, reminderDue } from './callbacks';
import type { BusinessHours } from './business-hours';

const hours: BusinessHours = { timeZone: 'America/Bogota', week: [[], [{ start: '08:00', end: '17:00' }], [], [], [], [], []], daysOff: [], source: 'extension' };
const NOW = Date.parse('2026-11-21T02:00:00Z');

describe('reminder times', () => {
  it('fires at the next opening, in an hour, or tomorrow at the chosen time', () => {
    expect(new Date(reminderDue({ kind: 'opening' }, hours, NOW)!).toISOString()).toBe('2026-11-23T13:00:00.000Z');
    expect(reminderDue({ kind: 'hour' }, hours, NOW)).toBe(NOW + 3_600_000);
    const tomorrow = new Date(reminderDue({ kind: 'tomorrow', time: '09:30' }, undefined, NOW)!);
    expect([tomorrow.getHours(), tomorrow.getMinutes()]).toEqual([9, 30]);
    expect(tomorrow.getDate()).toBe(new Date(new Date(NOW).setDate(new Date(NOW).getDate() + 1)).getDate());
  });

  it('has no "next opening" without hours', () => {
    expect(reminderDue({ kind: 'opening' }, undefined, NOW)).toBeUndefined();
  });
});

describe('called back', () => {
  const contactedAt = Date.parse('2026-11-20T23:00:00Z');
  it.each([
    ['the bot answered on its own', [{ direction: 'sent', date: '2026-11-20T23:00:01Z', content: 'Estamos cerrados' }], false],
    ['an agent wrote', [{ direction: 'sent', date: '2026-11-21T13:00:00Z', content: 'Hola', metadata: { '#messageEmitter': 'Human' } }], true],
    ['an active message went out', [{ direction: 'sent', date: '2026-11-21T13:00:00Z', content: { type: 'template', template: {} } }], true],
    ['an agent wrote before the contact', [{ direction: 'sent', date: '2026-11-20T22:00:00Z', content: 'Hola', metadata: { '#messageEmitter': 'Human' } }], false],
    ['the customer wrote again', [{ direction: 'received', date: '2026-11-21T01:00:00Z', content: '¿Hola?' }], false],
  ] as const)('%s', (_label, thread, expected) => {
    expect(calledBack([...thread], contactedAt)).toBe(expected);
  });
});
