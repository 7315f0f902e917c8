import './zod-setup';
import { z } from 'zod';
import { lazySchema } from './lazy-schema';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, 'time-format');

/** Opening hours of one number: per weekday (0 = Sunday) the open intervals, in `timeZone`, and days off. */
export const businessHoursSchema = lazySchema(() => z.object({
  timeZone: z.string().min(1),
  week: z.array(z.array(z.object({ start: clock, end: clock }))).length(7),
  /** Full days off (holidays), as local dates yyyy-mm-dd. */
  daysOff: z.array(z.iso.date()).default([]),
  source: z.enum(['desk', 'extension']),
}));

export type BusinessHours = z.infer<typeof businessHoursSchema>;

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The local weekday (0–6), minutes since midnight and date (yyyy-mm-dd) of an instant in a zone. */
export function localParts(instant: number, timeZone: string): { weekday: number; minutes: number; date: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return {
    weekday: WEEKDAYS.indexOf(parts.weekday!),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** True when the number is open at `instant`: inside an interval of that local weekday and not a day off. */
export function isWithinBusinessHours(hours: BusinessHours, instant: number): boolean {
  const { weekday, minutes, date } = localParts(instant, hours.timeZone);
  if (hours.daysOff.includes(date)) return false;
  return (hours.week[weekday] ?? []).some(({ start, end }) => minutes >= toMinutes(start) && minutes < toMinutes(end));
}
