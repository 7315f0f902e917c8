import type { BlipTransport } from './transport';
import { ADDRESS } from './lime';
import { itemByItemCollection } from './items';
import { agentSummarySchema, metricsSummarySchema, ticketsSummarySchema, waitingTicketSchema } from './monitoring';
import { readsFor, type AlertReading, type AlertThresholds } from '../domain/alerts';

const get = <S extends Parameters<BlipTransport['command']>[1]>(transport: BlipTransport, uri: string, schema: S) => transport.command({ to: ADDRESS.desk, method: 'get', uri }, schema);

/**
 * The live figures an alert rule needs, and only those (blip-api.md §7.1, `version=2`): the longest
 * wait among the waiting tickets, today's average first response, the queue's size, the agents online.
 */
export async function readAlertFigures(transport: BlipTransport, rule: AlertThresholds): Promise<AlertReading> {
  const reads = readsFor(rule);
  const [waiting, metrics, tickets, agents] = await Promise.all([
    reads.has('waiting-tickets') ? get(transport, '/monitoring/waiting-tickets?version=2', itemByItemCollection(waitingTicketSchema)) : undefined,
    reads.has('ticket-metrics') ? get(transport, '/monitoring/ticket-metrics?version=2', metricsSummarySchema) : undefined,
    reads.has('tickets') ? get(transport, '/monitoring/tickets?version=2', ticketsSummarySchema) : undefined,
    reads.has('attendants') ? get(transport, '/monitoring/attendants?version=2', itemByItemCollection(agentSummarySchema)) : undefined,
  ]);
  return {
    maxQueueTime: waiting && Math.max(0, ...waiting.items.map((ticket) => ticket.queueTime)),
    avgFirstResponseTime: metrics?.avgFirstResponseTime,
    waiting: tickets?.waiting,
    online: agents?.items.filter((agent) => agent.status?.toLowerCase() === 'online').length,
  };
}
