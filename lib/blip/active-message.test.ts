import { describe, expect, it } from 'vitest';
import { createStore } from '../../sandbox/store';
import { customerWrites } from '../../sandbox/builder/customer-writes';
import { FLOWS, deskBlock } from '../../sandbox/builder/flows';
import { conversationCases } from '../../sandbox/data/conversation-states';
import { routerCases } from '../../sandbox/data/router';
import { sandboxTransport } from '../../tests/helpers/sandbox-transport';
import { routeReplyToDesk } from './active-message';

const NOW = Date.parse('2026-03-04T15:00:00Z');

describe('routing an active message\'s answer to Desk', () => {
  it('plain bot: moves the context to the desk block and opens the ticket the answer lands in', async () => {
    const store = createStore(NOW);
    const bot = store.bots.get('norte')!;
    const customer = conversationCases.get(bot)!.find((item) => item.state === 'no-history')!.identity;
    const norte = sandboxTransport(store, 'norte');
    const outcome = await routeReplyToDesk({ channel: norte, desk: norte }, { flowId: FLOWS.norte!.flowId, stateId: deskBlock('norte')! }, customer, 'Mensaje activo', 'req-1');
    expect(outcome).toMatchObject({ routedTo: 'desk', ticket: { status: 'Waiting' } });
    const answer = customerWrites(store, bot, customer, 'Sí, sigo interesado');
    expect(answer).toMatchObject({ forwardedToDesk: true, ticket: { id: outcome.routedTo === 'desk' ? outcome.ticket!.id : '' } });
  });

  it('without the block configured, says the answer goes to the bot and opens nothing', async () => {
    const store = createStore(NOW);
    const norte = sandboxTransport(store, 'norte');
    const before = store.bots.get('norte')!.tickets.length;
    expect(await routeReplyToDesk({ channel: norte, desk: norte }, undefined, '5215500000001@wa.gw.msging.net', 'x', 'req-2')).toEqual({ routedTo: 'bot' });
    expect(store.bots.get('norte')!.tickets.length).toBe(before);
  });

  it('router: Master-State and the state with the router key, the ticket by the tunnel identity the service knows', async () => {
    const store = createStore(NOW);
    const keys = { channel: sandboxTransport(store, 'centro'), desk: sandboxTransport(store, 'centro-atencion'), deskService: store.bots.get('centro-atencion')!.identity, tunnels: new Map<string, string>() };
    const routing = { flowId: FLOWS['centro-atencion']!.flowId, stateId: deskBlock('centro-atencion')! };
    const known = routerCases.get(store)!.find((item) => item.state === 'not-in-attendance')!;
    const outcome = await routeReplyToDesk(keys, routing, known.identity, 'Mensaje activo', 'req-3');
    expect(outcome).toMatchObject({ routedTo: 'desk', ticket: { status: 'Waiting' } });
    const ticket = store.bots.get('centro-atencion')!.tickets.find((candidate) => candidate.id === (outcome.routedTo === 'desk' ? outcome.ticket!.id : ''))!;
    expect(ticket.customerIdentity).toBe(known.tunnelIdentity);
    expect(customerWrites(store, store.bots.get('centro')!, known.identity, 'Hola de nuevo')).toMatchObject({ handledBy: 'centro-atencion', forwardedToDesk: true, ticket: { id: ticket.id } });

    const fresh = routerCases.get(store)!.find((item) => item.state === 'no-history')!;
    expect(await routeReplyToDesk(keys, routing, fresh.identity, 'Mensaje activo', 'req-4')).toEqual({ routedTo: 'desk' });
    expect(customerWrites(store, store.bots.get('centro')!, fresh.identity, 'Hola')).toMatchObject({ handledBy: 'centro-atencion', forwardedToDesk: true, ticket: { status: 'Waiting' } });
  });
});
