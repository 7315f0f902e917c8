import { z } from 'zod';
import { historyQuerySchema } from '../../domain/history-filter';
import type { Ticket, ThreadMessage } from '../../domain/ticket';
import type { MonitoringFigures, MonitoringLists } from '../../domain/monitoring';
import type { SerializedError } from '../../errors/app-error';
import { method } from '../define';

export interface TranscriptData {
  ticket: Ticket;
  messages: ThreadMessage[];
  numberName: string;
  numberPhone: string;
  /** Agent identity → full name, from the number's attendants. */
  agentNames: Record<string, string>;
}

export type MonitoringRead =
  | { installationId: string; ok: true; figures: MonitoringFigures; lists: MonitoringLists }
  | { installationId: string; ok: false; error: SerializedError };

export const historyContract = {
  /** One page of the number's ticket history, newest first. */
  'history.list': method<{ items: Ticket[]; total?: number }>()(() => historyQuerySchema),
  /** The number's agents, for the filter and for names. */
  'history.agents': method<Array<{ identity: string; name: string }>>()(() => z.object({ installationId: z.string() })),
  /** Everything a PDF transcript of one ticket needs. */
  'history.transcript': method<TranscriptData>()(() => z.object({ installationId: z.string(), ticketId: z.string().min(1) })),
  /** Live monitoring of the given numbers; each answers or fails on its own. */
  'monitoring.read': method<MonitoringRead[]>()(() => z.object({ installationIds: z.array(z.string()).min(1).max(50) })),
};
