import { describe, expect, it } from 'vitest';
import { createStore } from './store';
import { dispatchCommand } from './commands/router';
import { acceptMessage } from './messaging/accept-message';
import { customerWrites } from './builder/customer-writes';
import { FLOWS, deskBlock } from './builder/flows';
import { conversationCases } from './data/conversation-states';
import { ticketMessages, REPEAT_CUSTOMER_TICKETS } from './data/history-tickets';
import { routerCases } from './data/router';

const NOW = Date.parse('2026-03-04T15:00:00Z');

/** A store whose clock the test moves, with one-second delivery steps. */
function world() {
  let now = NOW;
  const store = createStore(NOW, 1, { clock: () => now, deliveryStepMs: 1000 });
  const run = (botId: string, method: string, uri: string, extra: { to?: string; type?: string; resource?: unknown } = {}) =>
    dispatchCommand(store, store.bots.get(botId)!, { id: crypto.randomUUID(), method, uri, ...extra }) as Reply;
  return { store, run, advance: (ms: number) => (now += ms) };
}

/** The fields these tests read from a reply's items. */
interface Item {
  id: string;
  event: string;
  reason: { code: number; description: string };
  closed: boolean;
  lastMessageDate: string;
  content: unknown;
}
interface Reply {
  status: string;
  reason?: { code: number; description: string };
  resource: Record<string, unknown> & { items: Item[] };
}

const CRM = { to: 'postmaster@crm.msging.net' };
const DESK = { to: 'postmaster@desk.msging.net' };

describe('the sandbox does what Blip documents', () => {
  it('merge creates a missing contact and changes only the fields sent; set replaces it whole (docs: Contacts)', () => {
    const { run } = world();
    expect(run('norte', 'merge', '/contacts', { ...CRM, resource: { identity: 'nuevo@wa.gw.msging.net', name: 'Nueva', extras: { plan: 'plus' } } }).status).toBe('success');
    run('norte', 'merge', '/contacts', { ...CRM, resource: { identity: 'nuevo@wa.gw.msging.net', city: 'Lima', extras: { canal: 'web' } } });
    expect(run('norte', 'get', '/contacts/nuevo%40wa.gw.msging.net', CRM).resource).toMatchObject({ name: 'Nueva', city: 'Lima', extras: { plan: 'plus', canal: 'web' } });
    run('norte', 'set', '/contacts', { ...CRM, resource: { identity: 'nuevo@wa.gw.msging.net', name: 'Solo nombre' } });
    expect(run('norte', 'get', '/contacts/nuevo%40wa.gw.msging.net', CRM).resource).not.toHaveProperty('city');
  });

  it('answers a message with 202 and reports a template WhatsApp rejects as a failed notification with its reason (docs: Notifications)', () => {
    const { store, run, advance } = world();
    const bot = store.bots.get('norte')!;
    const customer = conversationCases.get(bot)!.find((item) => item.state === 'window-expired')!.identity;
    const template = { type: 'template', template: { name: 'promo_fin_de_ano', language: { code: 'es_MX', policy: 'deterministic' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }] }] } };
    expect(acceptMessage(store, bot, { id: 'm-1', to: customer, type: 'application/json', content: template })).toEqual({ status: 202 });
    expect(run('norte', 'get', '/notifications?id=m-1').resource.items.map((item) => item.event)).toEqual(['accepted']);
    advance(1000);
    const failed = run('norte', 'get', '/notifications?id=m-1').resource.items[0]!;
    expect(failed).toMatchObject({ event: 'failed', reason: { code: 81 } });
    expect(failed.reason.description).toMatch(/132001/);
    const thread = run('norte', 'get', `/threads/${customer}?$take=5`).resource.items;
    expect(thread[0]).toMatchObject({ id: 'm-1', status: 'failed', reason: { description: expect.stringMatching(/132001/) } });
  });

  it('delivers an approved template step by step, and fails a text after the 24 h window (WhatsApp 131047)', () => {
    const { store, run, advance } = world();
    const bot = store.bots.get('norte')!;
    const cases = conversationCases.get(bot)!;
    const expired = cases.find((item) => item.state === 'window-expired')!.identity;
    const open = cases.find((item) => item.state === 'window-open')!.identity;
    acceptMessage(store, bot, { id: 't-1', to: expired, type: 'application/json', content: { type: 'template', template: { name: 'retomar_conversacion', language: { code: 'es_MX' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }, { type: 'text', text: 'Tienda' }] }] } } });
    acceptMessage(store, bot, { id: 'x-1', to: expired, type: 'text/plain', content: '¿Sigue ahí?' });
    acceptMessage(store, bot, { id: 'x-2', to: open, type: 'text/plain', content: '¿Sigue ahí?' });
    advance(3000);
    const events = (id: string) => run('norte', 'get', `/notifications?id=${id}`).resource.items.map((item) => item.event).reverse();
    expect(events('t-1')).toEqual(['accepted', 'dispatched', 'received', 'consumed']);
    expect(events('x-1')).toEqual(['accepted', 'failed']);
    expect(run('norte', 'get', '/notifications?id=x-1').resource.items[0]!.reason.description).toMatch(/131047/);
    expect(events('x-2')).toEqual(['accepted', 'dispatched', 'received', 'consumed']);
  });

  it('refuses a media-header template sent without its media link, and a missing dynamic button', () => {
    const { store, run, advance } = world();
    const bot = store.bots.get('norte')!;
    const customer = conversationCases.get(bot)![0]!.identity;
    const body = { type: 'body', parameters: [{ type: 'text', text: 'Ana' }] };
    acceptMessage(store, bot, { id: 'h-1', to: customer, type: 'application/json', content: { type: 'template', template: { name: 'envio_con_guia', language: { code: 'es_MX' }, components: [body] } } });
    const complete = [{ type: 'header', parameters: [{ type: 'image', image: { link: 'https://example.com/guia.jpg' } }] }, body, { type: 'button', sub_type: 'url', index: 0, parameters: [{ type: 'text', text: 'ABC123' }] }];
    acceptMessage(store, bot, { id: 'h-2', to: customer, type: 'application/json', content: { type: 'template', template: { name: 'envio_con_guia', language: { code: 'es_MX' }, components: complete } } });
    advance(1000);
    expect(run('norte', 'get', '/notifications?id=h-1').resource.items[0]).toMatchObject({ event: 'failed', reason: { description: expect.stringMatching(/132012/) } });
    expect(run('norte', 'get', '/notifications?id=h-2').resource.items[0]).toMatchObject({ event: 'dispatched' });
  });

  it('lists a ticket\'s messages from the customer\'s whole thread, not only that ticket\'s (docs: "Get all messages from a customer by a ticket")', () => {
    const { store, run } = world();
    const bot = store.bots.get('norte')!;
    const own = ticketMessages.get(bot)!;
    const counts = new Map<string, number>();
    for (const ticket of bot.tickets) counts.set(ticket.customerIdentity, (counts.get(ticket.customerIdentity) ?? 0) + 1);
    const repeat = bot.tickets.find((ticket) => counts.get(ticket.customerIdentity) === REPEAT_CUSTOMER_TICKETS)!;
    const listed = run('norte', 'get', `/tickets/${repeat.id}/messages?$take=100&$ascending=true`, DESK).resource.items.map((item) => item.id);
    const others = bot.tickets.filter((ticket) => ticket.customerIdentity === repeat.customerIdentity && ticket.id !== repeat.id);
    expect(listed).toEqual(expect.arrayContaining(own.get(repeat.id)!.map((message) => message.id)));
    expect(listed).toEqual(expect.arrayContaining(own.get(others[0]!.id)!.map((message) => message.id)));
  });

  it('lists open tickets by default and closed ones with $closed=true; a status eq closed filter fails; $take ≤ 100', () => {
    const { run } = world();
    const open = run('norte', 'get', '/tickets?$take=100', DESK).resource.items;
    expect(open.every((ticket) => !ticket.closed)).toBe(true);
    const closed = run('norte', 'get', '/tickets?$closed=true&$take=100', DESK).resource.items;
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((ticket) => ticket.closed)).toBe(true);
    expect(run('norte', 'get', `/tickets?$filter=${encodeURIComponent("status eq 'closed'")}`, DESK).status).toBe('failure');
    expect(run('norte', 'get', '/tickets?$take=101', DESK).status).toBe('failure');
  });

  it('sends a customer\'s reply to Desk only when their context is in the human-service block', () => {
    const { store, run } = world();
    const bot = store.bots.get('norte')!;
    const customer = conversationCases.get(bot)!.find((item) => item.state === 'no-history')!.identity;
    // An open ticket alone does not route the customer: the flow still answers.
    run('norte', 'set', `/tickets/${encodeURIComponent(customer)}`, { ...DESK, type: 'text/plain', resource: 'Mensaje activo' });
    expect(customerWrites(store, bot, customer, 'Hola')).toMatchObject({ forwardedToDesk: false, state: 'onboarding' });
    run('norte', 'set', `/contexts/${encodeURIComponent(customer)}/stateid%40${FLOWS.norte!.flowId}`, { type: 'text/plain', resource: deskBlock('norte') });
    const outcome = customerWrites(store, bot, customer, 'Quiero hablar con alguien');
    expect(outcome).toMatchObject({ forwardedToDesk: true, ticket: { status: 'Waiting', customerIdentity: customer } });
    expect(run('norte', 'get', `/contexts/${encodeURIComponent(customer)}`).resource.items).toContain(`stateid@${FLOWS.norte!.flowId}`);
  });

  it('routes a router\'s customer through Master-State and the router context to the service\'s Desk, by a tunnel identity', () => {
    const { store, run } = world();
    const router = store.bots.get('centro')!;
    const fresh = routerCases.get(store)!.find((item) => item.state === 'no-history')!;
    expect(customerWrites(store, router, fresh.identity, 'Hola')).toMatchObject({ handledBy: 'centro-menu', forwardedToDesk: false });
    const desk = store.bots.get('centro-atencion')!;
    run('centro', 'set', `/contexts/${encodeURIComponent(fresh.identity)}/Master-State`, { type: 'text/plain', resource: desk.identity });
    run('centro', 'set', `/contexts/${encodeURIComponent(fresh.identity)}/stateid@${FLOWS['centro-atencion']!.flowId}`, { type: 'text/plain', resource: deskBlock('centro-atencion') });
    const outcome = customerWrites(store, router, fresh.identity, 'Necesito una receta');
    expect(outcome).toMatchObject({ handledBy: 'centro-atencion', forwardedToDesk: true });
    expect(outcome.customerIdentity).toMatch(/@tunnel\.msging\.net$/);
    expect(run('centro-atencion', 'get', `/tunnels/${outcome.customerIdentity.replace(/@.*$/, '')}`, { to: 'postmaster@tunnel.msging.net' }).resource).toEqual({ owner: router.identity, originator: fresh.identity, destination: desk.identity });
    const viaOwner = run('centro-atencion', 'get', `/tickets/${outcome.ticket!.id}/messages?getFromOwnerIfTunnel=true&$take=100`, DESK).resource.items;
    expect(viaOwner.some((item) => item.content === 'Hola')).toBe(true);
    expect(run('centro', 'get', '/attendants', DESK)).toMatchObject({ status: 'failure', reason: { code: 67 } });
    expect(run('centro-atencion', 'get', '/message-templates', { to: 'postmaster@wa.gw.msging.net' }).status).toBe('failure');
  });

  it('switches the undocumented calls per tenant', () => {
    const { store, run } = world();
    const bot = store.bots.get('norte')!;
    bot.capabilities = { ...bot.capabilities, historyMetadata: false, orderBy: 'refused' };
    expect(run('norte', 'get', '/tickets/history/metadata', DESK)).toMatchObject({ status: 'failure', reason: { code: 62 } });
    expect(run('norte', 'get', '/contacts?$take=10&$orderby=lastMessageDate%20desc', CRM)).toMatchObject({ status: 'failure', reason: { code: 64 } });
    bot.capabilities.orderBy = 'ignored';
    const dates = run('norte', 'get', '/contacts?$take=50&$orderby=lastMessageDate%20desc', CRM).resource.items.map((item) => item.lastMessageDate);
    expect(dates).not.toEqual([...dates].sort().reverse());
  });
});
