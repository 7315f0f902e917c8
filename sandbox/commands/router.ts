import type { BotState, SandboxStore } from '../store';
import { failure, type LimeReply } from '../lime-reply';
import { accountRoutes } from './account';
import { attendantRoutes } from './attendants';
import { resourceRoutes } from './resources';
import { contactRoutes } from './contacts';
import { ticketHistoryRoutes } from './tickets-history';
import { monitoringRoutes } from './monitoring';
import { attendanceHourRoutes } from './attendance-hours';
import { threadRoutes } from './threads';
import { notificationRoutes } from './notifications';
import { contextRoutes } from './contexts';
import { tunnelRoutes } from './tunnels';
import { bucketRoutes } from './buckets';
import { whatsappRoutes } from './whatsapp';
import { liveTicketRoutes } from './tickets-live';
import { replyRoutes } from './replies';
import { threadListRoutes } from './thread-list';
import { analyticsRoutes } from './analytics';
import { schedulerRoutes } from './scheduler';
import { ticketStatusRoutes } from './ticket-status';

export interface CommandEnvelope {
  id: string;
  to?: string;
  method: string;
  uri: string;
  type?: string;
  resource?: unknown;
}

export interface CommandContext {
  bot: BotState;
  store: SandboxStore;
  command: CommandEnvelope;
  /** Path groups from the route pattern, URI-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
}

export interface Route {
  to: string;
  method: 'get' | 'set' | 'merge' | 'delete';
  /** Matched against the URI path (without query). Named groups become `params`. */
  path: RegExp;
  handle: (context: CommandContext) => LimeReply;
}

/** Every command the sandbox answers; one file per Blip extension. */
const ROUTES: Route[] = [
  ...accountRoutes,
  ...attendantRoutes,
  ...resourceRoutes,
  ...contactRoutes,
  ...threadRoutes,
  ...notificationRoutes,
  ...contextRoutes,
  ...tunnelRoutes,
  ...bucketRoutes,
  ...ticketHistoryRoutes,
  ...monitoringRoutes,
  ...attendanceHourRoutes,
  ...whatsappRoutes,
  ...liveTicketRoutes,
  ...replyRoutes,
  ...threadListRoutes,
  ...analyticsRoutes,
  ...schedulerRoutes,
  ...ticketStatusRoutes,
];

const DEFAULT_TO = 'postmaster@msging.net';

export function dispatchCommand(store: SandboxStore, bot: BotState, command: CommandEnvelope): LimeReply {
  const uri = command.uri.replace(/^lime:\/\/[^/]+/, '');
  const [rawPath, rawQuery = ''] = uri.split('?', 2) as [string, string?];
  const to = (command.to ?? DEFAULT_TO).replace(/\/.*$/, '');
  for (const route of ROUTES) {
    if (route.to !== to || route.method !== command.method) continue;
    const match = route.path.exec(rawPath);
    if (!match) continue;
    const params = Object.fromEntries(Object.entries(match.groups ?? {}).map(([key, value]) => [key, safeDecode(value)]));
    return route.handle({ bot, store, command, params, query: new URLSearchParams(rawQuery) });
  }
  return failure(62, 'The resource is not supported');
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
