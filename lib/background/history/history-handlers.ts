import { getInstallation } from '../../db/installations';
import type { Services } from '../services';
import { ticketHistoryPage, ticketSchema } from '../../blip/tickets';
import { ticketTranscript } from '../../blip/transcript';
import { agentIdentity, attendantEmail, listAttendants } from '../../blip/attendants';
import { readMonitoring } from '../../blip/monitoring';
import { historyFilter } from '../../domain/history-filter';
import { ADDRESS } from '../../blip/lime';
import { AppError, toAppError } from '../../errors/app-error';
import type { RpcHandlers } from '../../rpc/dispatcher';

type HistoryHandlers = Pick<RpcHandlers, 'history.list' | 'history.agents' | 'history.transcript' | 'monitoring.read'>;

/** Ticket history, transcripts and live monitoring: reads straight from Blip (nothing to keep offline). */
export function historyHandlers(services: Services): HistoryHandlers {
  const transport = (installationId: string) => services.clients.forInstallation(installationId);
  const agents = async (installationId: string) =>
    (await listAttendants(await transport(installationId))).map((attendant) => ({
      identity: agentIdentity(attendantEmail(attendant)),
      name: attendant.fullName || attendantEmail(attendant),
    }));
  return {
    'history.list': async (query) => {
      const client = await transport(query.installationId);
      const filter = historyFilter(query, Date.now());
      // The history call is unofficial: where the tenant lacks it, the documented closed-tickets list.
      const known = (await getInstallation(services.db, query.installationId))?.capabilities?.historyMetadata;
      const page = await (known === 'missing' ? ticketHistoryPage(client, filter, query.skip, query.take, 'closed') : ticketHistoryPage(client, filter, query.skip, query.take)).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'lime-failure') return ticketHistoryPage(client, filter, query.skip, query.take, 'closed');
        throw error;
      });
      return { items: page.items, total: page.total };
    },
    'history.agents': ({ installationId }) => agents(installationId),
    'history.transcript': async ({ installationId, ticketId }) => {
      const installation = await getInstallation(services.db, installationId);
      if (!installation) throw new AppError('not-found', 'Unknown number');
      const client = await transport(installationId);
      const [ticket, team] = await Promise.all([client.command({ to: ADDRESS.desk, method: 'get', uri: `/ticket/${encodeURIComponent(ticketId)}` }, ticketSchema), agents(installationId)]);
      // Exactly this ticket's messages (Blip's ticket messages are the customer's whole thread).
      const messages = await ticketTranscript(client, ticket);
      return {
        ticket,
        messages,
        numberName: installation.name,
        numberPhone: installation.phone,
        agentNames: Object.fromEntries(team.map((agent) => [agent.identity, agent.name])),
      };
    },
    'monitoring.read': ({ installationIds }) =>
      Promise.all(
        installationIds.map(async (installationId) => {
          try {
            return { installationId, ok: true as const, ...(await readMonitoring(await transport(installationId))) };
          } catch (error) {
            return { installationId, ok: false as const, error: toAppError(error).toJSON() };
          }
        }),
      ),
  };
}
