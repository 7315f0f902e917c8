import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema } from './lime';
import { parseTimeSpan } from '../domain/timespan';
import type { MonitoringFigures } from '../domain/monitoring';

const duration = z.string().nullish().transform((value) => parseTimeSpan(value) ?? 0);
const count = z.number().nullish().transform((value) => value ?? 0);

const ticketsSummary = lazySchema(() => z.object({ waiting: count, open: count, closed: count, closedAttendant: count, closedClient: count, transferred: count, missed: count }));
/** The docs' table types `ticketsPerAttendant` as a string, their example as a number. */
const decimal = lazySchema(() => z.union([z.number(), z.string()]).nullish().transform((value) => (value === null || value === undefined || Number.isNaN(Number(value)) ? 0 : Number(value))));
export const metricsSummarySchema = lazySchema(() => z.object({
  maxQueueTime: duration,
  maxFirstResponseTime: duration,
  avgQueueTime: duration,
  avgFirstResponseTime: duration,
  avgWaitTime: duration,
  avgResponseTime: duration,
  avgAttendanceTime: duration,
  ticketsPerAttendant: decimal,
}));
export const ticketsSummarySchema = ticketsSummary;
export const waitingTicketSchema = lazySchema(() => z.object({ id: z.string(), sequentialId: z.number().nullish(), customerIdentity: z.string(), team: z.string().nullish(), queueTime: duration }));
export const openTicketSchema = lazySchema(() => waitingTicketSchema.unwrap().extend({ agentIdentity: z.string().nullish(), ownerUserIdentity: z.string().nullish(), firstResponseTime: duration, attendanceTime: duration }));
export const agentSummarySchema = lazySchema(() => z.object({
  identity: z.string(),
  fullName: z.string().nullish(),
  status: z.string().nullish(),
  openedTickets: count,
  closedTickets: count,
  averageAttendanceTime: duration,
  averageResponseTime: duration,
}));
export const tagSummarySchema = lazySchema(() => z.object({ name: z.string(), ticketsCount: count, closedTickets: count }));

export type WaitingTicket = z.infer<typeof waitingTicketSchema>;
export type OpenTicket = z.infer<typeof openTicketSchema>;
export type AgentSummary = z.infer<typeof agentSummarySchema>;
export type TagSummary = z.infer<typeof tagSummarySchema>;

/** The detailed lists behind the board's figures. */
export interface MonitoringLists {
  waiting: WaitingTicket[];
  open: OpenTicket[];
  agents: AgentSummary[];
  tags: TagSummary[];
}

const get = <S extends z.ZodType>(transport: BlipTransport, uri: string, schema: S) => transport.command({ to: ADDRESS.desk, method: 'get', uri }, schema);

/**
 * Reads one number's live Desk monitoring (blip-api.md §7.1, `version=2`) and maps it to the
 * board's figures. Lost = `missed` (closed by the customer before assignment); abandoned =
 * `closedClient` (after assignment).
 */
export async function readMonitoring(transport: BlipTransport): Promise<{ figures: MonitoringFigures; lists: MonitoringLists }> {
  const [tickets, metrics, waiting, open, agents, tags] = await Promise.all([
    get(transport, '/monitoring/tickets?version=2', ticketsSummary),
    get(transport, '/monitoring/ticket-metrics?version=2', metricsSummarySchema),
    get(transport, '/monitoring/waiting-tickets?version=2', collectionSchema(waitingTicketSchema)),
    get(transport, '/monitoring/open-tickets?version=2', collectionSchema(openTicketSchema)),
    get(transport, '/monitoring/attendants?version=2', collectionSchema(agentSummarySchema)),
    get(transport, '/tags/active', collectionSchema(tagSummarySchema)),
  ]);
  const status = (name: string) => agents.items.filter((agent) => agent.status?.toLowerCase() === name).length;
  const attendedToday = tickets.open + tickets.closedAttendant + tickets.closedClient + tickets.transferred;
  const figures: MonitoringFigures = {
    waiting: tickets.waiting,
    maxQueueTime: Math.max(0, ...waiting.items.map((ticket) => ticket.queueTime)),
    open: tickets.open,
    avgFirstResponseTime: metrics.avgFirstResponseTime,
    maxFirstResponseTime: metrics.maxFirstResponseTime,
    avgResponseTime: metrics.avgResponseTime,
    avgAttendanceTime: metrics.avgAttendanceTime,
    today: {
      total: tickets.waiting + tickets.open + tickets.closed,
      open: tickets.waiting + tickets.open,
      closed: tickets.closed,
      abandoned: tickets.closedClient,
      lost: tickets.missed,
    },
    attendedToday,
    closedAttendedToday: tickets.closedAttendant + tickets.closedClient + tickets.transferred,
    agents: { total: agents.items.length, ticketsPerAgent: metrics.ticketsPerAttendant, online: status('online'), paused: status('pause'), invisible: status('invisible') },
  };
  return { figures, lists: { waiting: waiting.items, open: open.items, agents: agents.items, tags: tags.items } };
}
