import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS } from './lime';
import { contextNames } from './contexts';
import { AppError } from '../errors/app-error';

/** A block of a Builder flow as the portal stores it (only the fields we read). */
const blockSchema = z
  .object({
    id: z.string().optional(),
    $title: z.string().nullish(),
    deskStateVersion: z.string().nullish(),
    $enteringCustomActions: z.array(z.object({ type: z.string().nullish() }).passthrough()).nullish(),
  })
  .passthrough();
const flowSchema = lazySchema(() => z.record(z.string(), z.unknown()));

export interface FlowBlock {
  id: string;
  title: string;
}

const STATE_VARIABLE = /^stateid@(.+)$/i;

/**
 * Builder flow identifiers found in the contexts of some customers (docs: each user's context holds
 * `stateid@{flowId}`). Customers without contexts are skipped; the ids come most frequent first.
 */
export async function flowIdsFromContexts(transport: BlipTransport, identities: string[]): Promise<string[]> {
  const counts = new Map<string, number>();
  for (const identity of identities) {
    const names = await contextNames(transport, identity).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not-found') return [];
      throw error;
    });
    for (const name of names) {
      const flowId = STATE_VARIABLE.exec(name)?.[1];
      if (flowId) counts.set(flowId, (counts.get(flowId) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([flowId]) => flowId);
}

/**
 * The human-service ("Atendimento humano") blocks of the bot's Builder flow: the published flow
 * (unofficial bucket key), else the working one (the key the docs write the flow to). Builder marks
 * them with a `desk:` id, `deskStateVersion` and a `ForwardToDesk` entering action.
 */
export async function humanServiceBlocks(transport: BlipTransport): Promise<FlowBlock[]> {
  let flow: Record<string, unknown> | undefined;
  for (const key of ['blip_portal:builder_published_flow', 'blip_portal:builder_working_flow']) {
    flow = await transport.command({ to: ADDRESS.postmaster, method: 'get', uri: `/buckets/${encodeURIComponent(key)}` }, flowSchema).catch((error: unknown) => {
      if (error instanceof AppError && (error.code === 'not-found' || error.code === 'lime-failure')) return undefined;
      throw error;
    });
    if (flow) break;
  }
  if (!flow) return [];
  const blocks: FlowBlock[] = [];
  for (const [key, value] of Object.entries(flow)) {
    const block = blockSchema.safeParse(value);
    if (!block.success) continue;
    const id = block.data.id ?? key;
    const isDesk = id.startsWith('desk:') || Boolean(block.data.deskStateVersion) || (block.data.$enteringCustomActions ?? []).some((action) => action.type === 'ForwardToDesk');
    if (isDesk) blocks.push({ id, title: block.data.$title ?? id });
  }
  return blocks;
}
