import type { BotState } from '../store';
import type { Random } from './random';
import { FLOWS, deskBlock } from '../builder/flows';
import { contextOf, stateVariable } from '../builder/contexts';

/**
 * Builder's contexts of the customers who talked to a bot (docs: "Get all user's context variables"):
 * the block each one is in — the human-service block while their ticket is open, else the start —
 * the previous block, and the name the flow asked for.
 */
export function seedContexts(bot: BotState, _random: Random): void {
  const flow = FLOWS[bot.number.id];
  const desk = deskBlock(bot.number.id);
  if (!flow) return;
  const attended = new Set(bot.tickets.filter((ticket) => !ticket.closed).map((ticket) => ticket.customerIdentity));
  for (const identity of bot.threads.keys()) {
    const context = contextOf(bot, identity);
    const state = attended.has(identity) && desk ? desk : flow.start;
    context.set(stateVariable(flow.flowId), { type: 'text/plain', value: state });
    context.set(`previous-${stateVariable(flow.flowId)}`, { type: 'text/plain', value: flow.start });
    const name = bot.contacts.find((contact) => contact.identity === identity)?.name;
    if (name) context.set('name', { type: 'text/plain', value: name.split(' ')[0]! });
  }
}
