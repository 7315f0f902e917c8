import { collection, notFound, ok, page } from '../lime-reply';
import { ATTENDANCE_HOURS } from '../data/after-hours';
import type { Route } from './router';

const DESK = 'postmaster@desk.msging.net';

/** Desk attendance hours (unofficial, blip-api.md §9), threads (§5.2) and contact merge (§4.2). */
export const afterHoursRoutes: Route[] = [
  {
    to: DESK,
    method: 'get',
    path: /^\/attendance-hour$/,
    handle: ({ bot }) => {
      const hours = ATTENDANCE_HOURS[bot.number.id];
      const items = hours ? [{ id: `${bot.number.id}-main`, title: 'Horario regular', isMain: true, ownerIdentity: bot.identity, timeZoneId: hours.timeZoneId }] : [];
      return collection(items, 'application/vnd.iris.desk.attendance-hour+json');
    },
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/attendance-hour-container\/(?<id>[^/]+)$/,
    handle: ({ bot, params }) => {
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
  {
    to: 'postmaster@msging.net',
    method: 'get',
    path: /^\/threads\/(?<identity>[^/]+)$/,
    handle: ({ bot, params, query }) => {
      const all = bot.threads.get(params.identity!) ?? [];
      const reference = query.get('storageDate');
      const direction = query.get('direction') ?? 'desc';
      const cutoff = Date.now() - 90 * 86_400_000; // threads keep three months (blip-api.md §5.1)
      let items = all.filter((message) => Date.parse(message.date) >= cutoff);
      if (reference) items = items.filter((message) => (direction === 'asc' ? message.date > reference : message.date < reference));
      items = direction === 'asc' ? items : [...items].reverse();
      const { items: slice, error } = page(items, query, { defaultTake: 20 });
      return error ?? collection(slice, 'application/vnd.iris.thread-message+json');
    },
  },
  {
    to: 'postmaster@crm.msging.net',
    method: 'merge',
    path: /^\/contacts$/,
    handle: ({ bot, command }) => {
      const patch = command.resource as { identity?: string; extras?: Record<string, string> } | undefined;
      const contact = patch?.identity ? bot.contacts.find((candidate) => candidate.identity === patch.identity) : undefined;
      if (!contact) return notFound();
      Object.assign(contact, patch);
      return ok();
    },
  },
];
