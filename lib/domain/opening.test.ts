import { describe, expect, it } from 'vitest';
import { nextOpening, zonedInstant } from './opening';
import type { BusinessHours } from './business-hours';

const weekdays = [{ start: '09:00', end: '18:00' }];
const mexico: BusinessHours = {
  timeZone: 'America/Mexico_City',
  week: [[], weekdays, weekdays, weekdays, weekdays, weekdays, [{ start: '09:00', end: '13:00' }]],
  daysOff: ['2026-12-25'],
  source: 'desk',
};
const split: BusinessHours = { timeZone: 'America/Sao_Paulo', week: [[], [{ start: '08:00', end: '12:00' }, { start: '14:00', end: '18:00' }], [], [], [], [], []], daysOff: [], source: 'extension' };

describe('nextOpening', () => {
  it.each([
    ['Friday 20:00 local → Saturday 09:00', mexico, '2026-11-21T02:00:00Z', '2026-11-21T15:00:00Z'],
    ['Saturday 14:00 local → Monday 09:00 (Sunday closed)', mexico, '2026-11-21T20:00:00Z', '2026-11-23T15:00:00Z'],
    ['open now (Monday 10:00) → Tuesday 09:00', mexico, '2026-11-23T16:00:00Z', '2026-11-24T15:00:00Z'],
    ['Christmas Eve 20:00 → Saturday 26th (the 25th is off)', mexico, '2026-12-25T02:00:00Z', '2026-12-26T15:00:00Z'],
    ['Monday lunch break → 14:00 the same day', split, '2026-11-23T15:30:00Z', '2026-11-23T17:00:00Z'],
  ])('%s', (_label, hours, now, expected) => {
    expect(new Date(nextOpening(hours, Date.parse(now))!).toISOString()).toBe(new Date(expected).toISOString());
  });

  it('has none for a number that never opens', () => {
    expect(nextOpening({ ...mexico, week: [[], [], [], [], [], [], []] }, Date.parse('2026-11-21T02:00:00Z'))).toBeUndefined();
  });

  it('finds wall-clock times across a change of clocks', () => {
    expect(new Date(zonedInstant('2026-03-08', '09:00', 'America/New_York')).toISOString()).toBe('2026-03-08T13:00:00.000Z');
    expect(new Date(zonedInstant('2026-03-07', '09:00', 'America/New_York')).toISOString()).toBe('2026-03-07T14:00:00.000Z');
  });
});
