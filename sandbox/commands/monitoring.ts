import { collection, ok } from '../lime-reply';
import { monitoringFigures } from '../monitoring-figures';
import type { Route } from './router';

const DESK = 'postmaster@desk.msging.net';
const figures = (context: Parameters<Route['handle']>[0]) => monitoringFigures(context.bot, context.store.clock());
const list = <T>(items: T[], itemType: string) => collection(items, itemType, items.length);

/** Live Desk monitoring (docs: "Get … metrics", current day), figures computed from the seeded tickets. */
export const monitoringRoutes: Route[] = [
  { to: DESK, method: 'get', path: /^\/monitoring\/tickets$/, handle: (context) => ok(figures(context).tickets, 'application/vnd.iris.desk.ticketssummary+json') },
  { to: DESK, method: 'get', path: /^\/monitoring\/ticket-metrics$/, handle: (context) => ok(figures(context).metrics, 'application/vnd.iris.desk.tickets-metrics-summary+json') },
  { to: DESK, method: 'get', path: /^\/monitoring\/waiting-tickets$/, handle: (context) => list(figures(context).waitingTickets, 'application/vnd.iris.desk.open-ticket-summary+json') },
  { to: DESK, method: 'get', path: /^\/monitoring\/open-tickets$/, handle: (context) => list(figures(context).openTickets, 'application/vnd.iris.desk.open-ticket-summary+json') },
  { to: DESK, method: 'get', path: /^\/monitoring\/attendants$/, handle: (context) => list(figures(context).attendants, 'application/vnd.iris.desk.attendantticketssummary+json') },
  { to: DESK, method: 'get', path: /^\/tags\/active$/, handle: (context) => list(figures(context).tags, 'application/vnd.iris.desk.tag-tickets-summary+json') },
];
