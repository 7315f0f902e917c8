import { collection, notFound, notSupported, ok } from '../lime-reply';
import { ATTENDANCE_HOURS } from '../data/after-hours';
import type { Route } from './router';

const DESK = 'postmaster@desk.msging.net';

/** Desk attendance hours (unofficial, blip-api.md §9); a tenant without them answers 62. */
export const attendanceHourRoutes: Route[] = [
  {
    to: DESK,
    method: 'get',
    path: /^\/attendance-hour$/,
    handle: ({ bot }) => {
      if (!bot.capabilities.attendanceHours) return notSupported();
      const hours = ATTENDANCE_HOURS[bot.number.id];
      const items = hours ? [{ id: `${bot.number.id}-main`, title: 'Horario regular', isMain: true, ownerIdentity: bot.identity, timeZoneId: hours.timeZoneId }] : [];
      return collection(items, 'application/vnd.iris.desk.attendance-hour+json', items.length);
    },
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/attendance-hour-container\/(?<id>[^/]+)$/,
    handle: ({ bot, params }) => {
      if (!bot.capabilities.attendanceHours) return notSupported();
      const hours = ATTENDANCE_HOURS[bot.number.id];
      if (!hours || params.id !== `${bot.number.id}-main`) return notFound();
      return ok(
        {
          attendanceHour: { id: params.id, title: 'Horario regular', isMain: true, ownerIdentity: bot.identity, timeZoneId: hours.timeZoneId },
          attendanceHourScheduleItems: hours.schedule.map(([dayOfWeek, startTime, endTime], index) => ({ id: `s${index}`, dayOfWeek, startTime, endTime })),
          attendanceHourOffItems: [],
          queues: [],
          attendants: [],
        },
        'application/vnd.iris.desk.attendance-hour-container+json',
      );
    },
  },
];
