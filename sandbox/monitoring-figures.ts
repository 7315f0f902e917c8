import type { BotState, SandboxTicket } from './store';
import { deskDayStart } from './desk/desk-day';

const DAY = 86_400_000;

/** .NET TimeSpan text as Blip sends it: `hh:mm:ss.fffffff`, with `d.` in front past a day. */
export function timeSpan(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const days = Math.floor(total / DAY);
  const rest = total % DAY;
  const pad = (value: number) => String(value).padStart(2, '0');
  const clock = `${pad(Math.floor(rest / 3_600_000))}:${pad(Math.floor((rest % 3_600_000) / 60_000))}:${pad(Math.floor((rest % 60_000) / 1000))}.${String(rest % 1000).padStart(3, '0')}0000`;
  return days ? `${days}.${clock}` : clock;
}

const at = (value?: string) => (value ? Date.parse(value) : NaN);
const average = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);

/**
 * Today's (the Desk day's) monitoring figures of one number, all derived from its tickets and agents, with the
 * definitions the extension documents: the averages cover tickets in attendance now plus those closed
 * today after a first response; lost =
 * closed by the customer before assignment (`missed`); abandoned = closed by the customer after.
 */
export function monitoringFigures(bot: BotState, now: number) {
  const startOfDay = deskDayStart(now);
  const today = bot.tickets.filter((ticket) => at(ticket.storageDate) >= startOfDay);
  const waiting = bot.tickets.filter((ticket) => ticket.status === 'Waiting');
  const open = bot.tickets.filter((ticket) => ticket.status === 'Open');
  const closedToday = today.filter((ticket) => ticket.closed);
  const lost = closedToday.filter((ticket) => !ticket.openDate);
  const closedAttended = closedToday.filter((ticket) => ticket.firstResponseDate);
  // In attendance now, plus closed today after an answer: what the averages are taken over.
  const attendedToday = [...open, ...closedAttended];
  const count = (list: SandboxTicket[], status: SandboxTicket['status']) => list.filter((ticket) => ticket.status === status && ticket.openDate).length;
  const firstResponse = attendedToday.map((ticket) => at(ticket.firstResponseDate) - at(ticket.openDate));
  const agents = bot.number.attendants;
  return {
    tickets: {
      waiting: waiting.length,
      open: open.length,
      closed: closedToday.length,
      closedAttendant: count(closedToday, 'ClosedAttendant'),
      closedClient: count(closedToday, 'ClosedClient'),
      transferred: count(closedToday, 'Transferred'),
      missed: lost.length,
    },
    waitingTickets: waiting.map((ticket) => ({ ...summary(ticket), queueTime: timeSpan(now - at(ticket.storageDate)) })),
    openTickets: open.map((ticket) => ({
      ...summary(ticket),
      agentIdentity: ticket.agentIdentity,
      queueTime: timeSpan(at(ticket.openDate) - at(ticket.storageDate)),
      firstResponseTime: timeSpan(at(ticket.firstResponseDate) - at(ticket.openDate)),
      attendanceTime: timeSpan(now - at(ticket.firstResponseDate)),
    })),
    metrics: {
      maxQueueTime: timeSpan(Math.max(0, ...waiting.map((ticket) => now - at(ticket.storageDate)))),
      avgQueueTime: timeSpan(average(attendedToday.map((ticket) => at(ticket.openDate) - at(ticket.storageDate)))),
      avgWaitTime: timeSpan(average(attendedToday.map((ticket) => at(ticket.firstResponseDate) - at(ticket.storageDate)))),
      maxFirstResponseTime: timeSpan(Math.max(0, ...firstResponse)),
      avgFirstResponseTime: timeSpan(average(firstResponse)),
      avgResponseTime: timeSpan(average(attendedToday.map((ticket) => (ticket.averageAgentResponseTime ?? 0) * 1000))),
      avgAttendanceTime: timeSpan(average(closedAttended.map((ticket) => at(ticket.closeDate) - at(ticket.firstResponseDate)))),
      ticketsPerAttendant: agents.length ? attendedToday.length / agents.length : 0,
    },
    attendants: agents.map((agent) => {
      const identity = `${encodeURIComponent(agent.email)}@blip.ai`;
      const theirs = closedAttended.filter((ticket) => ticket.agentIdentity === identity);
      return {
        identity,
        fullName: agent.fullName,
        status: agent.status,
        openedTickets: open.filter((ticket) => ticket.agentIdentity === identity).length,
        closedTickets: closedToday.filter((ticket) => ticket.agentIdentity === identity).length,
        averageAttendanceTime: timeSpan(average(theirs.map((ticket) => at(ticket.closeDate) - at(ticket.firstResponseDate)))),
        averageResponseTime: timeSpan(average(theirs.map((ticket) => (ticket.averageAgentResponseTime ?? 0) * 1000))),
      };
    }),
    tags: [...new Set(bot.tickets.flatMap((ticket) => ticket.tags))].map((name) => ({
      name,
      ticketsCount: bot.tickets.filter((ticket) => ticket.tags.includes(name)).length,
      closedTickets: bot.tickets.filter((ticket) => ticket.closed && ticket.tags.includes(name)).length,
    })),
  };
}

function summary(ticket: SandboxTicket) {
  return { id: ticket.id, sequentialId: ticket.sequentialId, customerIdentity: ticket.customerIdentity, team: ticket.team };
}
