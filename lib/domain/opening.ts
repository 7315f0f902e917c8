import { isWithinBusinessHours, localParts, type BusinessHours } from './business-hours';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** How far ahead an opening is looked for: a number closed for longer has none. */
const HORIZON_DAYS = 21;

/** The instant of a local wall-clock time (`HH:MM`) on a local date (`yyyy-mm-dd`) in an IANA zone. */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the zone's offset, also on a day its clocks change.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return instant;
}

/** The zone's offset from UTC at an instant (to the minute). */
function offsetAt(instant: number, timeZone: string): number {
  const { date, minutes } = localParts(instant, timeZone);
  return Date.parse(`${date}T00:00:00.000Z`) + minutes * MINUTE - Math.floor(instant / MINUTE) * MINUTE;
}

/**
 * When the number next opens after `after`: the start of the first interval later than `after` (a
 * number open now opens next at its next interval), skipping days off. Undefined when it has no
 * opening in the next three weeks.
 */
export function nextOpening(hours: BusinessHours, after: number): number | undefined {
  const candidates: number[] = [];
  for (let offset = 0; offset <= HORIZON_DAYS; offset++) {
    const { date, weekday } = localParts(after + offset * DAY, hours.timeZone);
    if (hours.daysOff.includes(date)) continue;
    for (const interval of hours.week[weekday] ?? []) {
      const start = zonedInstant(date, interval.start, hours.timeZone);
      if (start > after && isWithinBusinessHours(hours, start)) candidates.push(start);
    }
    if (candidates.length) return Math.min(...candidates);
  }
  return undefined;
}
