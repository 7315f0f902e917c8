import type { BotState, SandboxTicket } from '../store';
import { timeSpan } from '../monitoring-figures';
import { deskDayStart } from '../desk/desk-day';
import type { ReportPeriod } from './period';

const at = (value?: string) => (value ? Date.parse(value) : NaN);
const average = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
const max = (values: number[]) => (values.length ? Math.max(...values) : 0);

/** The tickets opened (created) within the period. */
function ticketsIn(bot: BotState, period: ReportPeriod): SandboxTicket[] {
  return bot.tickets.filter((ticket) => at(ticket.storageDate) >= period.from && at(ticket.storageDate) < period.to);
}

/**
 * `/analytics/reports/tickets`: one tickets summary per Desk day of the period that had tickets
 * (days without any are left out, as the docs' example of a two-month period shows three days), each
 * counting the tickets created that day by what became of them, with the live board's definitions:
 * missed = closed by the customer before an agent took it.
 */
export function ticketsReport(bot: BotState, period: ReportPeriod) {
  const byDay = new Map<number, SandboxTicket[]>();
  for (const ticket of ticketsIn(bot, period)) {
    const day = deskDayStart(at(ticket.storageDate));
    byDay.set(day, [...(byDay.get(day) ?? []), ticket]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, tickets]) => {
      const closed = tickets.filter((ticket) => ticket.closed);
      const attended = (status: SandboxTicket['status']) => closed.filter((ticket) => ticket.status === status && ticket.openDate).length;
      return {
        date: new Date(day).toISOString(),
        waiting: tickets.filter((ticket) => ticket.status === 'Waiting').length,
        open: tickets.filter((ticket) => ticket.status === 'Open').length,
        closed: closed.length,
        closedAttendant: attended('ClosedAttendant'),
        closedClient: attended('ClosedClient'),
        transferred: attended('Transferred'),
        missed: closed.filter((ticket) => !ticket.openDate).length,
      };
    });
}

/** The timings of a set of tickets: queue (until an agent took it), first response, wait (both), response and attendance. */
function timings(tickets: SandboxTicket[], now: number) {
  const answered = tickets.filter((ticket) => ticket.firstResponseDate);
  const queue = tickets.filter((ticket) => ticket.openDate).map((ticket) => at(ticket.openDate) - at(ticket.storageDate));
  const stillWaiting = tickets.filter((ticket) => ticket.status === 'Waiting').map((ticket) => now - at(ticket.storageDate));
  const firstResponse = answered.map((ticket) => at(ticket.firstResponseDate) - at(ticket.openDate));
  const closedAnswered = answered.filter((ticket) => ticket.closeDate);
  return {
    maxQueueTime: max([...queue, ...stillWaiting]),
    maxFirstResponseTime: max(firstResponse),
    avgQueueTime: average(queue),
    avgFirstResponseTime: average(firstResponse),
    avgWaitTime: average(answered.map((ticket) => at(ticket.firstResponseDate) - at(ticket.storageDate))),
    avgResponseTime: average(answered.map((ticket) => (ticket.averageAgentResponseTime ?? 0) * 1000)),
    avgAttendanceTime: average(closedAnswered.map((ticket) => at(ticket.closeDate) - at(ticket.firstResponseDate))),
  };
}

/** `/analytics/reports/timings`: one tickets-metrics summary over the tickets created in the period. */
export function timingsReport(bot: BotState, period: ReportPeriod, now: number) {
  const figures = timings(ticketsIn(bot, period), now);
  return Object.fromEntries(Object.entries(figures).map(([name, ms]) => [name, timeSpan(ms)]));
}

/** `/analytics/reports/attendants`: every agent of the bot, with the period's tickets they took. */
export function attendantsReport(bot: BotState, period: ReportPeriod, now: number) {
  const tickets = ticketsIn(bot, period);
  return bot.number.attendants.map((agent) => {
    const identity = `${encodeURIComponent(agent.email)}@blip.ai`;
    const theirs = tickets.filter((ticket) => ticket.agentIdentity === identity);
    const figures = timings(theirs, now);
    return {
      identity,
      status: agent.status,
      openedTickets: theirs.filter((ticket) => !ticket.closed).length,
      closedTickets: theirs.filter((ticket) => ticket.closed).length,
      averageFirstResponseTime: timeSpan(figures.avgFirstResponseTime),
      averageWaitTime: timeSpan(figures.avgWaitTime),
      averageAttendanceTime: timeSpan(figures.avgAttendanceTime),
      averageResponseTime: timeSpan(figures.avgResponseTime),
    };
  });
}

/** `/monitoring/tickets-per-hour`: the tickets created in each hour of today's Desk day (hours with tickets only). */
export function ticketsPerHour(bot: BotState, now: number) {
  const start = deskDayStart(now);
  const byHour = new Map<number, number>();
  for (const ticket of bot.tickets) {
    const created = at(ticket.storageDate);
    if (created < start || created > now) continue;
    const hour = created - (created % 3_600_000);
    byHour.set(hour, (byHour.get(hour) ?? 0) + 1);
  }
  return [...byHour.entries()].sort(([a], [b]) => a - b).map(([hour, count]) => ({ storageDate: new Date(hour).toISOString(), ticketByHour: count }));
}
