import { collection, ok } from '../lime-reply';
import { isPeriod, readPeriod } from '../analytics/period';
import { attendantsReport, ticketsPerHour, ticketsReport, timingsReport } from '../analytics/reports';
import type { Route } from './router';

const DESK = 'postmaster@desk.msging.net';
const list = <T>(items: T[], itemType: string) => collection(items, itemType, items.length);

/**
 * Desk analytics (docs: "Get tickets per hour" for the current day, and the period reports "Get a
 * report about tickets / ticket timing / agents" with the required `beginDate` and `endDate`),
 * computed from the seeded and live tickets.
 */
export const analyticsRoutes: Route[] = [
  {
    to: DESK,
    method: 'get',
    path: /^\/monitoring\/tickets-per-hour$/,
    handle: ({ bot, store }) => list(ticketsPerHour(bot, store.clock()), 'application/vnd.iris.desk.tickets-by-hour-summary+json'),
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/analytics\/reports\/tickets$/,
    handle: ({ bot, query }) => {
      const period = readPeriod(query);
      return isPeriod(period) ? list(ticketsReport(bot, period), 'application/vnd.iris.desk.ticketssummary+json') : period;
    },
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/analytics\/reports\/timings$/,
    handle: ({ bot, store, query }) => {
      const period = readPeriod(query);
      return isPeriod(period) ? ok(timingsReport(bot, period, store.clock()), 'application/vnd.iris.desk.tickets-metrics-summary+json') : period;
    },
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/analytics\/reports\/attendants$/,
    handle: ({ bot, store, query }) => {
      const period = readPeriod(query);
      return isPeriod(period) ? list(attendantsReport(bot, period, store.clock()), 'application/vnd.iris.desk.attendantticketssummary+json') : period;
    },
  },
];
