import { collection, ok } from '../lime-reply';
import { monitoringFigures } from '../monitoring-figures';
import type { Route } from './router';

const DESK = 'postmaster@desk.msging.net';

/** Live Desk monitoring (blip-api.md §7.1), `?version=2`, figures computed from the seeded tickets. */
export const monitoringRoutes: Route[] = [
  {
    to: DESK,
    method: 'get',
    path: /^\/monitoring\/tickets$/,
    handle: ({ bot }) => ok(monitoringFigures(bot, Date.now()).tickets, 'application/vnd.iris.desk.ticketssummary+json'),
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/monitoring\/ticket-metrics$/,
    handle: ({ bot }) => ok(monitoringFigures(bot, Date.now()).metrics, 'application/vnd.iris.desk.tickets-metrics-summary+json'),
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/monitoring\/waiting-tickets$/,
    handle: ({ bot }) => collection(monitoringFigures(bot, Date.now()).waitingTickets, 'application/vnd.iris.desk.waiting-ticket-summary+json'),
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/monitoring\/open-tickets$/,
    handle: ({ bot }) => collection(monitoringFigures(bot, Date.now()).openTickets, 'application/vnd.iris.desk.open-ticket-summary+json'),
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/monitoring\/attendants$/,
    handle: ({ bot }) => collection(monitoringFigures(bot, Date.now()).attendants, 'application/vnd.iris.desk.attendantticketssummary+json'),
  },
  {
    to: DESK,
    method: 'get',
    path: /^\/tags\/active$/,
    handle: ({ bot }) => collection(monitoringFigures(bot, Date.now()).tags, 'application/vnd.iris.desk.tag-tickets-summary+json'),
  },
];
