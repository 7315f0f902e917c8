import { failure, ok } from '../lime-reply';
import type { SandboxTicket } from '../store';
import type { Route } from './router';

const DESK = 'postmaster@desk.msging.net';
const CLOSED = new Set(['ClosedAttendant', 'ClosedClient']);

/**
 * What Desk's agents do to a ticket (docs: "Assign a ticket to an agent", "Close a ticket as
 * attendant"): `set /tickets/change-status` with the ticket's `id` and its new `status` — `Open` with an
 * `agentIdentity` takes it out of the queue (the sandbox counts the agent's greeting as the first
 * response, at once); `ClosedAttendant` or `ClosedClient` closes it. The browser tests use it as the
 * agents working the queue.
 */
export const ticketStatusRoutes: Route[] = [
  {
    to: DESK,
    method: 'set',
    path: /^\/tickets\/change-status$/,
    handle: ({ bot, store, command }) => {
      const resource = (command.resource ?? {}) as { id?: unknown; status?: unknown; agentIdentity?: unknown };
      const ticket = bot.tickets.find((candidate) => candidate.id === resource.id);
      if (!ticket) return failure(67, 'The requested resource was not found');
      const at = new Date(store.clock()).toISOString();
      if (resource.status === 'Open') {
        if (typeof resource.agentIdentity !== 'string' || !resource.agentIdentity.includes('@')) return failure(21, 'agentIdentity is required to open a ticket');
        if (ticket.closed) return failure(64, 'The ticket is closed');
        Object.assign(ticket, { status: 'Open', agentIdentity: resource.agentIdentity, openDate: ticket.openDate ?? at, firstResponseDate: ticket.firstResponseDate ?? at, statusDate: at });
        return ok();
      }
      if (typeof resource.status === 'string' && CLOSED.has(resource.status)) {
        Object.assign(ticket, { status: resource.status as SandboxTicket['status'], closed: true, closeDate: at, statusDate: at });
        return ok();
      }
      return failure(24, `Unsupported ticket status ${String(resource.status)}`);
    },
  },
];
