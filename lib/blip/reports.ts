import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS } from './lime';
import { itemByItemCollection } from './items';
import { withQuery } from './paging';
import { AppError } from '../errors/app-error';
import { parseTimeSpan } from '../domain/timespan';
import { reportDay, type AgentPeriod, type DayTickets, type HourCount, type Timings } from '../domain/trends';

const duration = z.string().nullish().transform((value) => parseTimeSpan(value) ?? 0);
const count = z.number().nullish().transform((value) => value ?? 0);

export const ticketsByHourSchema = lazySchema(() => z.object({ storageDate: z.string(), ticketByHour: count }));
export const dayTicketsSchema = lazySchema(() => z.object({
  date: z.string(),
  waiting: count,
  open: count,
  closed: count,
  closedAttendant: count,
  closedClient: count,
  transferred: count,
  missed: count,
}));
export const timingsSchema = lazySchema(() => z.object({ avgQueueTime: duration, avgFirstResponseTime: duration, avgWaitTime: duration, avgAttendanceTime: duration }).passthrough());
export const agentPeriodSchema = lazySchema(() => z.object({
  identity: z.string(),
  status: z.string().nullish(),
  openedTickets: count,
  closedTickets: count,
  averageFirstResponseTime: duration,
  averageWaitTime: duration,
  averageAttendanceTime: duration,
  averageResponseTime: duration,
}));

const get = <S extends z.ZodType>(transport: BlipTransport, uri: string, schema: S) => transport.command({ to: ADDRESS.desk, method: 'get', uri }, schema);
/** Reports with nothing to say answer 67 on some tenants (blip-api.md §13.2): that is an empty list. An unreadable item is left out. */
const orEmpty = <T>(read: Promise<{ items: T[] }>): Promise<T[]> =>
  read.then(
    (page) => page.items,
    (error: unknown) => (error instanceof AppError && error.code === 'not-found' ? [] : Promise.reject(error)),
  );
const period = (uri: string, begin: string, end: string) => withQuery(uri, { beginDate: begin, endDate: end });

/** Today's tickets per hour (docs: "Get tickets per hour", `version=2`); items with an unreadable hour are skipped. */
export async function readTicketsPerHour(transport: BlipTransport): Promise<HourCount[]> {
  const items = await orEmpty(get(transport, '/monitoring/tickets-per-hour?version=2', itemByItemCollection(ticketsByHourSchema)));
  return items.map((item) => ({ hour: Date.parse(item.storageDate), tickets: item.ticketByHour })).filter((item) => !Number.isNaN(item.hour));
}

/**
 * The tickets report of a period (`beginDate`/`endDate`, `yyyy-mm-dd`, both included): one item per
 * day that had tickets, in the board's words (opened = every ticket created that day).
 */
export async function readTicketsReport(transport: BlipTransport, begin: string, end: string): Promise<DayTickets[]> {
  const items = await orEmpty(get(transport, period('/analytics/reports/tickets', begin, end), itemByItemCollection(dayTicketsSchema)));
  return items.flatMap((item) => {
    const day = reportDay(item.date);
    if (!day) return [];
    const closedAttended = item.closedAttendant + item.closedClient + item.transferred;
    return [{ day, opened: item.waiting + item.open + item.closed, closed: item.closed, abandoned: item.closedClient, lost: item.missed, attended: item.open + closedAttended, closedAttended }];
  });
}

/** The timings report of a period (one summary over its tickets). */
export async function readTimingsReport(transport: BlipTransport, begin: string, end: string): Promise<Timings> {
  const summary = await get(transport, period('/analytics/reports/timings', begin, end), timingsSchema);
  return { avgQueue: summary.avgQueueTime, avgFirstResponse: summary.avgFirstResponseTime, avgWait: summary.avgWaitTime, avgAttendance: summary.avgAttendanceTime };
}

/** The agents report of a period: each agent's tickets and averages. */
export async function readAgentsReport(transport: BlipTransport, begin: string, end: string): Promise<AgentPeriod[]> {
  const items = await orEmpty(get(transport, period('/analytics/reports/attendants', begin, end), itemByItemCollection(agentPeriodSchema)));
  return items.map((item) => ({
    identity: item.identity,
    openedTickets: item.openedTickets,
    closedTickets: item.closedTickets,
    avgFirstResponse: item.averageFirstResponseTime,
    avgWait: item.averageWaitTime,
    avgAttendance: item.averageAttendanceTime,
    avgResponse: item.averageResponseTime,
  }));
}
