import { describe, expect, it } from 'vitest';
import { isWithinBusinessHours, localParts, type BusinessHours } from './business-hours';
import { toIanaZone } from './timezones';

const weekdays = [{ start: '09:00', end: '18:00' }];
const mexico: BusinessHours = {
  timeZone: 'America/Mexico_City',
  week: [[], weekdays, weekdays, weekdays, weekdays, weekdays, [{ start: '09:00', end: '13:00' }]],
  daysOff: ['2026-12-25'],
  source: 'desk',
};

describe('isWithinBusinessHours (Mexico City, UTC−6)', () => {
  it.each([
    ['Monday 15:00 UTC = 09:00 local', '2026-11-23T15:00:00Z', true],
    ['Monday 14:59 UTC = 08:59 local', '2026-11-23T14:59:00Z', false],
    ['Monday 23:59 UTC = 17:59 local', '2026-11-23T23:59:00Z', true],
    ['Tuesday 00:00 UTC = Monday 18:00 local (closing is exclusive)', '2026-11-24T00:00:00Z', false],
    ['Saturday 02:00 UTC = Friday 20:00 local', '2026-11-21T02:00:00Z', false],
    ['Saturday 16:00 UTC = Saturday 10:00 local', '2026-11-21T16:00:00Z', true],
    ['Saturday 19:00 UTC = Saturday 13:00 local', '2026-11-21T19:00:00Z', false],
    ['Sunday 16:00 UTC: no hours on Sunday', '2026-11-22T16:00:00Z', false],
    ['Monday 03:00 UTC = Sunday 21:00 local', '2026-11-23T03:00:00Z', false],
    ['Christmas, a Friday, is a day off', '2026-12-25T17:00:00Z', false],
  ])('%s', (_label, iso, open) => {
    expect(isWithinBusinessHours(mexico, Date.parse(iso))).toBe(open);
  });
});

describe('time zones', () => {
  it('maps Windows ids to IANA and keeps IANA ids', () => {
    expect(toIanaZone('E. South America Standard Time')).toBe('America/Sao_Paulo');
    expect(toIanaZone('Central Standard Time (Mexico)')).toBe('America/Mexico_City');
    expect(toIanaZone('America/Bogota')).toBe('America/Bogota');
    expect(toIanaZone('Mars Standard Time')).toBeUndefined();
  });

  it('reads local weekday and time across the date line of the zone', () => {
    expect(localParts(Date.parse('2026-11-23T02:30:00Z'), 'America/Sao_Paulo')).toEqual({ weekday: 0, minutes: 23 * 60 + 30, date: '2026-11-22' });
  });
});
