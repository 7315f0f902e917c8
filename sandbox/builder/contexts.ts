import type { BotState, ContextValue, SandboxStore } from '../store';
import { FLOWS } from './flows';

/** One user's context variables on a bot, created on first write. */
export function contextOf(bot: BotState, identity: string): Map<string, ContextValue> {
  let context = bot.contexts.get(identity);
  if (!context) bot.contexts.set(identity, (context = new Map()));
  return context;
}

/** The state variable name of a flow: `stateid@{flowId}`. */
export const stateVariable = (flowId: string) => `stateid@${flowId}`;

/**
 * Where a service reads and writes its users' states: its own contexts, or the router's contexts of
 * the customer's channel identity when "Use router context" is on (Blip's help center: set both the
 * `Master-State` and the block with the router's key).
 */
export function stateStore(store: SandboxStore, handler: BotState, handlerIdentity: string): { bot: BotState; identity: string } {
  const flow = FLOWS[handler.number.id];
  if (!flow?.routerContext || !handlerIdentity.endsWith('@tunnel.msging.net')) return { bot: handler, identity: handlerIdentity };
  const tunnel = store.tunnels.get(handlerIdentity.replace(/@.*$/, ''));
  const router = tunnel && store.byIdentity(tunnel.owner);
  return router ? { bot: router, identity: tunnel.originator } : { bot: handler, identity: handlerIdentity };
}

/** The block a user is in on a bot's flow (its start block when nothing was stored). */
export function currentState(store: SandboxStore, handler: BotState, handlerIdentity: string): string | undefined {
  const flow = FLOWS[handler.number.id];
  if (!flow) return undefined;
  const where = stateStore(store, handler, handlerIdentity);
  return where.bot.contexts.get(where.identity)?.get(stateVariable(flow.flowId))?.value ?? flow.start;
}
