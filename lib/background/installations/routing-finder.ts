import type { BlipTransport } from '../../blip/transport';
import { flowIdsFromContexts, humanServiceBlocks } from '../../blip/builder';
import { contextListSchema } from '../../blip/contexts';
import { listContacts } from '../../blip/contacts';
import { ADDRESS } from '../../blip/lime';
import { AppError } from '../../errors/app-error';
import type { RoutingCandidates } from '../../rpc/contracts/installations';

const SAMPLE = 25;

/**
 * "Find it" for the active-message routing: the flow's human-service blocks from the Desk bot's flow,
 * and flow ids from recent customers' contexts on the channel bot (the router keeps its services'
 * states when they use its context). A flow where a customer stands in one of those blocks is the
 * Desk's flow, so it comes first.
 */
export async function findRouting(desk: BlipTransport, channel: BlipTransport, now = Date.now()): Promise<RoutingCandidates> {
  const blocks = await humanServiceBlocks(desk);
  const since = new Date(now - 30 * 86_400_000).toISOString();
  const recent = await listContacts(channel, { skip: 0, take: SAMPLE, filter: `lastmessagedate ge datetimeoffset'${since}'` });
  const identities = recent.items.map((contact) => contact.identity);
  const flowIds = await flowIdsFromContexts(channel, identities);
  const inDesk = new Set<string>();
  const blockIds = new Set(blocks.map((block) => block.id));
  for (const identity of identities) {
    const values = await channel
      .command({ to: ADDRESS.postmaster, method: 'get', uri: `/contexts/${encodeURIComponent(identity)}?withContextValues=true` }, contextListSchema)
      .catch((error: unknown) => (error instanceof AppError && error.code === 'not-found' ? { items: [] } : Promise.reject(error)));
    for (const item of values.items) {
      if (typeof item === 'string' || !blockIds.has(String(item.value))) continue;
      const flowId = /^stateid@(.+)$/i.exec(item.name)?.[1];
      if (flowId) inDesk.add(flowId);
    }
  }
  return { flowIds: [...flowIds.filter((id) => inDesk.has(id)), ...flowIds.filter((id) => !inDesk.has(id))], blocks };
}
