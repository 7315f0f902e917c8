import { SANDBOX_AGENT_EMAIL } from '../numbers';
import type { BotState } from '../store';
import { send } from '../server';
import { routerCases } from '../data/router';
import type { ControlHandler } from './index';
import { FLOWS, deskBlock } from '../builder/flows';

/** The Builder block that hands a bot's customers to Desk: what an administrator types in the options. */
const routingOf = (bot: BotState) => (FLOWS[bot.number.id] && deskBlock(bot.number.id) ? { flowId: FLOWS[bot.number.id]!.flowId, stateId: deskBlock(bot.number.id)! } : undefined);

const keys = (bot: BotState) => ({ id: bot.number.id, name: bot.number.name, identifier: bot.number.identifier, accessKey: bot.number.accessKey, authorization: bot.authorization, identity: bot.identity });

/** `GET /numbers`: the plain numbers, and each router setup with its router and services' keys; `GET /router-cases`. */
export const numbersControl: ControlHandler = (request, response, path, store) => {
  if (request.method !== 'GET') return false;
  if (path === '/router-cases') return send(response, 200, routerCases.get(store) ?? []), true;
  if (path !== '/numbers') return false;
  const bots = [...store.bots.values()];
  send(response, 200, {
    agentEmail: SANDBOX_AGENT_EMAIL,
    host: `http://${request.headers.host}`,
    numbers: bots.filter((bot) => bot.number.role === 'bot').map((bot) => ({ ...keys(bot), phone: bot.number.phone, routing: routingOf(bot) })),
    routers: bots
      .filter((bot) => bot.number.role === 'router')
      .map((router) => ({
        id: router.number.id,
        name: router.number.name,
        phone: router.number.phone,
        router: keys(router),
        services: (router.number.services ?? []).map(({ service, bot, default: isDefault }) => ({ service, default: Boolean(isDefault), ...keys(store.bots.get(bot)!) })),
        /** The service whose Desk the agents use. */
        desk: router.number.services?.map((service) => store.bots.get(service.bot)!).find((bot) => bot.number.attendants.length)?.number.id,
        routing: routingOf(router.number.services!.map((service) => store.bots.get(service.bot)!).find((bot) => bot.number.attendants.length)!),
      })),
  });
  return true;
};
