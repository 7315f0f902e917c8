import { getInstallation } from '../../db/installations';
import type { Services } from '../services';
import { ticketHistoryPage, ticketMessages, ticketSchema } from '../../blip/tickets';
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
      const page = await ticketHistoryPage(await transport(query.installationId), historyFilter(query, Date.now()), query.skip, query.take);
      return { items: page.items, total: page.total };
    },
    'history.agents': ({ installationId }) => agents(installationId),
    'history.transcript': async ({ installationId, ticketId }) => {
      const installation = await getInstallation(services.db, installationId);
      if (!installation) throw new AppError('not-found', 'Unknown number');
      const client = await transport(installationId);
      const [ticket, messages, team] = await Promise.all([
        client.command({ to: ADDRESS.desk, method: 'get', uri: `/ticket/${encodeURIComponent(ticketId)}` }, ticketSchema),
        ticketMessages(client, ticketId),
        agents(installationId),
      ]);
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
