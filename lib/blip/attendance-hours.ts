import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema } from './lime';
import { withQuery } from './paging';
import { AppError } from '../errors/app-error';
import { toIanaZone } from '../domain/timezones';
import type { BusinessHours } from '../domain/business-hours';

const ruleSchema = lazySchema(() => z.object({ id: z.string(), title: z.string().nullish(), isMain: z.boolean().nullish(), timeZoneId: z.string().nullish() }));
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const containerSchema = lazySchema(() => z.object({
  attendanceHour: ruleSchema,
  attendanceHourScheduleItems: z
    .array(
      z.object({
        // Names in the captured reply, numbers 0–6 in the legacy portal (blip-api.md §9).
        dayOfWeek: z.union([z.enum(DAY_NAMES as [string, ...string[]]), z.number().int().min(0).max(6)]),
        startTime: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/),
        endTime: z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/),
      }),
    )
    .default([]),
  attendanceHourOffItems: z.array(z.object({ startDate: z.string(), endDate: z.string() })).nullish(),
}));

/**
 * The number's main attendance-hour rule from Desk (unofficial API, blip-api.md §9), as business
 * hours in an IANA zone. Not found when Desk has no rule; `malformed-reply` when the reply does not
 * have the expected shape or an unknown time zone — the caller then uses the hours set in the extension.
 */
export async function readDeskBusinessHours(transport: BlipTransport): Promise<BusinessHours> {
  const rules = await transport.command({ to: ADDRESS.desk, method: 'get', uri: withQuery('/attendance-hour', { $skip: 0, $take: 999 }) }, collectionSchema(ruleSchema));
  const main = rules.items.find((rule) => rule.isMain) ?? rules.items[0];
  if (!main) throw new AppError('not-found', 'No attendance hours in Desk');
  const container = await transport.command({ to: ADDRESS.desk, method: 'get', uri: `/attendance-hour-container/${encodeURIComponent(main.id)}` }, containerSchema);
  const timeZone = toIanaZone(container.attendanceHour.timeZoneId ?? main.timeZoneId ?? undefined);
  if (!timeZone) throw new AppError('malformed-reply', `Unknown time zone ${container.attendanceHour.timeZoneId}`);
  const week: BusinessHours['week'] = [[], [], [], [], [], [], []];
  for (const item of container.attendanceHourScheduleItems) {
    const day = typeof item.dayOfWeek === 'number' ? item.dayOfWeek : DAY_NAMES.indexOf(item.dayOfWeek);
    week[day]!.push({ start: item.startTime.slice(0, 5), end: item.endTime.slice(0, 5) });
  }
  const daysOff = (container.attendanceHourOffItems ?? []).flatMap((off) => daysBetween(off.startDate, off.endDate));
  return { timeZone, week, daysOff, source: 'desk' };
}

/** Calendar days (yyyy-mm-dd) covered by an off item; Desk stores them as whole days. */
function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  const first = Date.parse(start.slice(0, 10));
  const last = Date.parse(end.slice(0, 10));
  for (let day = first; day <= last && days.length < 366; day += 86_400_000) days.push(new Date(day).toISOString().slice(0, 10));
  return days;
}
