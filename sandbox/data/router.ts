import type { BotState, SandboxStore, SandboxThreadMessage, SandboxTicket } from '../store';
import type { Random } from './random';
import { SANDBOX_AGENT_EMAIL } from '../numbers';
import { ticketDefaults } from '../desk/tickets';
import { seedReplies } from './replies';
import { tunnelFor } from '../builder/tunnels';
import { contextOf, stateVariable } from '../builder/contexts';
import { FLOWS } from '../builder/flows';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A named customer of the router number, for tests that search for them. */
export interface RouterCase {
  state: 'window-open' | 'not-in-attendance' | 'no-history';
  name: string;
  /** The customer's WhatsApp identity (what the router knows). */
  identity: string;
  phone: string;
  /** How the attendance service knows them, when it has met them. */
  tunnelIdentity?: string;
}

export const routerCases = new WeakMap<SandboxStore, RouterCase[]>();

const NAMES: Record<RouterCase['state'], string> = { 'window-open': 'Ramiro Tinajero', 'not-in-attendance': 'Dulce Anaya', 'no-history': 'Octavio Barrón' };

/**
 * Seeds Farmacia Centro, the router setup: contacts and threads on the router (it owns the number),
 * Desk tickets on the attendance service for the tunnel identities it knows its customers by, each
 * customer's `Master-State` and state on the router (the services use the router's context), ready
 * replies on the attendance service, and three named customers (in attendance with the demo agent,
 * attended before, never talked).
 */
export function seedRouter(store: SandboxStore, random: Random, now: number): void {
  const router = store.bots.get('centro')!;
  const desk = store.bots.get('centro-atencion')!;
  const menu = store.bots.get('centro-menu')!;
  const agents = desk.number.attendants.map((attendant) => `${encodeURIComponent(attendant.email)}@blip.ai`);
  const pool = router.contacts.filter((contact) => contact.name && contact.phoneNumber);
  let sequentialId = 2000;
  const cases: RouterCase[] = [];

  const attend = (customer: string, start: number, closed: boolean, agent: string) => {
    const tunnel = tunnelFor(store, router, desk, customer);
    const tunnelIdentity = `${tunnel.id}@tunnel.msging.net`;
    const id = `centro-t${sequentialId}`;
    const lines = conversation(id, start, closed, agent, random);
    const ticket: SandboxTicket = {
      id,
      sequentialId: sequentialId++,
      ...ticketDefaults(desk, id),
      customerIdentity: tunnelIdentity,
      customerDomain: 'wa.gw.msging.net',
      agentIdentity: agent,
      status: closed ? 'ClosedAttendant' : 'Open',
      storageDate: new Date(start).toISOString(),
      openDate: new Date(start + 2 * 60_000).toISOString(),
      firstResponseDate: new Date(start + 4 * 60_000).toISOString(),
      statusDate: new Date(closed ? Date.parse(lines.at(-1)!.date) : start + 2 * 60_000).toISOString(),
      ...(closed ? { closeDate: lines.at(-1)!.date, closedBy: agent } : {}),
      closed,
      team: 'Mostrador',
      tags: closed ? [random.pick(['Receta', 'Pedido', 'Factura'])] : [],
      unreadMessages: closed ? 0 : 1,
      customerInput: { type: 'text/plain', value: lines[0]!.content },
    };
    desk.tickets.push(ticket);
    for (const [bot, identity] of [[desk, tunnelIdentity], [router, customer]] as Array<[BotState, string]>) {
      const thread = bot.threads.get(identity) ?? [];
      thread.push(...lines.map((line) => ({ ...line, metadata: { ...line.metadata, '#tunnel.originator': customer } })));
      bot.threads.set(identity, thread.sort((a, b) => a.date.localeCompare(b.date)));
    }
    const context = contextOf(router, customer);
    context.set('Master-State', { type: 'text/plain', value: closed ? menu.identity : desk.identity });
    context.set(stateVariable(FLOWS['centro-atencion']!.flowId), { type: 'text/plain', value: closed ? 'onboarding' : FLOWS['centro-atencion']!.blocks.find((block) => block.humanService)!.id });
    const contact = router.contacts.find((candidate) => candidate.identity === customer)!;
    contact.lastMessageDate = [contact.lastMessageDate, lines.filter((line) => line.direction === 'received').at(-1)!.date].sort().at(-1)!;
    return tunnelIdentity;
  };

  for (let index = 0; index < 30; index++) attend(pool[3 + index * 5]!.identity, now - random.int(1, 60) * DAY - random.int(0, 12) * HOUR, true, random.pick(agents));
  const me = `${encodeURIComponent(SANDBOX_AGENT_EMAIL)}@blip.ai`;
  const named = (state: RouterCase['state'], index: number): RouterCase => {
    const contact = pool[index]!;
    contact.name = NAMES[state];
    return { state, name: NAMES[state], identity: contact.identity, phone: contact.phoneNumber! };
  };
  const inAttendance = named('window-open', 0);
  cases.push({ ...inAttendance, tunnelIdentity: attend(inAttendance.identity, now - 2 * HOUR, false, me) });
  const before = named('not-in-attendance', 1);
  cases.push({ ...before, tunnelIdentity: attend(before.identity, now - 12 * DAY, true, me) });
  const fresh = named('no-history', 2);
  fresh.phone = router.contacts.find((contact) => contact.identity === fresh.identity)!.phoneNumber!;
  cases.push(fresh);
  desk.tickets.sort((a, b) => b.storageDate.localeCompare(a.storageDate));
  router.contacts.sort((a, b) => b.lastMessageDate.localeCompare(a.lastMessageDate));
  seedReplies(desk, random, now);
  routerCases.set(store, cases);
}

function conversation(ticketId: string, start: number, closed: boolean, agent: string, random: Random): SandboxThreadMessage[] {
  const at = (minutes: number) => new Date(start + minutes * 60_000).toISOString();
  const line = (n: number, direction: 'sent' | 'received', content: string, minutes: number, human = false): SandboxThreadMessage => ({
    id: `${ticketId}-m${n}`,
    direction,
    type: 'text/plain',
    content,
    date: at(minutes),
    status: 'consumed',
    metadata: human ? { '#messageEmitter': 'Human', '#agent': agent } : {},
  });
  const lines = [
    line(0, 'received', random.pick(['Buenas tardes, ¿tienen paracetamol de 500 mg?', 'Hola, quiero surtir una receta 💊', '¿Hacen envíos a domicilio?']), 0),
    line(1, 'sent', 'Gracias por escribir a Farmacia Centro. Le comunico con el mostrador.', 1),
    line(2, 'sent', 'Hola, con gusto le ayudo. ¿Me comparte su receta?', 4, true),
    line(3, 'received', 'Sí, se la mando ahora.', 6),
  ];
  if (closed) lines.push(line(4, 'sent', 'Listo, su pedido está en camino. ¡Gracias!', 20, true));
  return lines;
}
