import type { BotState, SandboxThreadMessage, SandboxTicket } from '../store';
import type { Random } from './random';
import { ticketDefaults } from '../desk/tickets';
import { deskDayStart } from '../desk/desk-day';

const DAY = 86_400_000;
const MINUTE = 60_000;
const TAGS = ['Ventas', 'Reclamo', 'Envío', 'Factura', 'Cambio', 'Garantía', 'VIP'] as const;

/**
 * The messages that belong to each seeded ticket, by ticket id: the tests' ground truth for a
 * transcript. Blip serves `/tickets/{id}/messages` from the customer's whole thread (see the route).
 */
export const ticketMessages = new WeakMap<BotState, Map<string, SandboxThreadMessage[]>>();

/** The customer with several closed tickets on each number, for transcripts that must keep only theirs. */
export const REPEAT_CUSTOMER_TICKETS = 3;

const CUSTOMER_LINES = [
  'Hola, ¿cómo están? Quiero saber el estado de mi pedido 📦',
  'Mi número de pedido es el 4532, lo compré el martes.',
  '¿Pueden enviarme la factura? Necesito el CUIT/RFC correcto.',
  'Gracias por la atención 😊',
  'El producto llegó dañado, les mando la foto.',
  'Olá! Gostaria de trocar o tamanho da camisa 👕',
  'Obrigado, vocês são ótimos!',
  '<script>alert("hola")</script> esto apareció en el formulario de su sitio',
  '¿A qué hora abren mañana? Señalé la dirección en el mapa 🗺️',
  'Não recebi o código de rastreio ainda…',
] as const;
const AGENT_LINES = [
  'Hola, con gusto le ayudo. ¿Me confirma su número de pedido?',
  'Perfecto, ya revisé: su pedido sale hoy por paquetería.',
  'Le envío la factura en PDF en unos minutos.',
  'Lamentamos mucho lo ocurrido. Vamos a gestionar el cambio sin costo.',
  'Olá! Claro, posso ajudar com a troca.',
  '¿Hay algo más en lo que pueda ayudarle?',
] as const;

/**
 * Three months of Desk tickets per number, every status, with their messages (text, media links,
 * accents, emoji and one carrying "<script>"), plus today's live queue and attendance, so the
 * history and the monitoring endpoints have figures that follow from real tickets.
 */
export function seedHistoryTickets(bot: BotState, random: Random, now: number): void {
  const agents = bot.number.attendants.map((attendant) => `${encodeURIComponent(attendant.email)}@blip.ai`);
  const teams = [...new Set(bot.number.attendants.flatMap((attendant) => attendant.teams))];
  const messages = new Map<string, SandboxThreadMessage[]>();
  ticketMessages.set(bot, messages);
  let sequentialId = 1000;
  const startOfToday = deskDayStart(now);
  const tickets: SandboxTicket[] = [];

  const busy = new Map<string, Array<[number, number]>>();
  // Customers whose last interaction is over a week old: their tickets' messages stay out of the
  // after-hours list, whose seeded cases are the tests' ground truth.
  const pool = bot.contacts.filter((contact) => Date.parse(contact.lastMessageDate) < now - 8 * DAY);
  const free = (customer: string, from: number, to: number) => !(busy.get(customer) ?? []).some(([start, end]) => from <= end && to >= start);
  const make = (storageDate: number, status: SandboxTicket['status'], assigned: boolean, chosen?: string) => {
    let customer = chosen ?? pool[random.int(0, pool.length - 1)]!.identity;
    // A customer has one ticket at a time: pick another when this one's would overlap.
    while (!free(customer, storageDate - DAY / 4, storageDate + DAY / 4)) customer = pool[random.int(0, pool.length - 1)]!.identity;
    const queueMinutes = random.int(1, 40);
    // Nothing happens in the future: today's tickets get short queues and answers clamped to now.
    const openDate = assigned ? Math.min(storageDate + queueMinutes * MINUTE, now - 3 * MINUTE) : undefined;
    const firstResponse = openDate !== undefined ? Math.min(openDate + random.int(1, 15) * MINUTE, now - 2 * MINUTE) : undefined;
    const closed = status !== 'Waiting' && status !== 'Open';
    const closeDate = closed ? Math.min(now - MINUTE, (firstResponse ?? storageDate) + random.int(5, 120) * MINUTE) : undefined;
    const id = `${bot.number.id}-t${sequentialId}`;
    const ticket: SandboxTicket = {
      id,
      sequentialId: sequentialId++,
      ...ticketDefaults(bot, id),
      customerIdentity: customer,
      customerDomain: 'wa.gw.msging.net',
      agentIdentity: assigned ? random.pick(agents) : undefined,
      status,
      storageDate: new Date(storageDate).toISOString(),
      openDate: iso(openDate),
      firstResponseDate: iso(firstResponse),
      statusDate: new Date(closeDate ?? openDate ?? storageDate).toISOString(),
      closeDate: iso(closeDate),
      closed,
      closedBy: status === 'ClosedClient' ? customer : closed ? random.pick(agents) : undefined,
      team: random.pick(teams),
      tags: closed && random.chance(0.7) ? [...new Set([random.pick(TAGS), random.pick(TAGS)])].slice(0, random.int(1, 2)) : [],
      unreadMessages: status === 'Waiting' ? random.int(1, 3) : 0,
      priority: random.pick([0, 0, 0, 1, 2]),
      averageAgentResponseTime: firstResponse ? random.int(30, 600) : undefined,
    };
    for (const key of Object.keys(ticket) as Array<keyof SandboxTicket>) if (ticket[key] === undefined) delete ticket[key];
    const own = conversation(ticket, random, storageDate, firstResponse, closeDate ?? now);
    // The customer with several tickets asks something different in each, so a transcript shows whose it is.
    if (chosen) own[0]!.content = `Pregunta del ticket ${ticket.sequentialId}: ¿ya salió mi pedido?`;
    if (ticket.closeDate && ticket.closeDate <= own.at(-1)!.date) ticket.closeDate = ticket.statusDate = new Date(Date.parse(own.at(-1)!.date) + 1000).toISOString();
    ticket.customerInput = { type: 'text/plain', value: own[0]!.content };
    tickets.push(ticket);
    messages.set(ticket.id, own);
    busy.set(customer, [...(busy.get(customer) ?? []), [storageDate - DAY / 4, (closeDate ?? now) + DAY / 4]]);
    // The ticket's messages are the customer's thread during the ticket (the thread keeps three months).
    const thread = bot.threads.get(customer) ?? [];
    thread.push({ id: `${ticket.id}-opened`, direction: 'sent', type: 'application/vnd.iris.ticket+json', content: { ...ticket, status: 'Waiting' }, date: new Date(storageDate).toISOString(), status: 'consumed', metadata: {} }, ...own);
    bot.threads.set(customer, thread.sort((a, b) => a.date.localeCompare(b.date)));
  };

  const repeat = bot.contacts.find((contact) => contact.name && Date.parse(contact.lastMessageDate) < now - 40 * DAY)!.identity;
  for (let index = 0; index < REPEAT_CUSTOMER_TICKETS; index++) make(now - (10 + index * 9) * DAY - 5 * 3_600_000, 'ClosedAttendant', true, repeat);
  for (let index = 0; index < 160; index++) {
    const storageDate = now - random.int(1, 89) * DAY - random.int(0, DAY - 3 * 60 * MINUTE);
    const roll = random.next();
    const status = roll < 0.7 ? 'ClosedAttendant' : roll < 0.85 ? 'ClosedClient' : 'Transferred';
    make(storageDate, status, !(status === 'ClosedClient' && random.chance(0.3)));
  }
  // Today: closed, lost (closed by the customer before assignment), in queue and in attendance.
  const sinceMidnight = Math.max(MINUTE * 30, now - startOfToday);
  const today = () => now - random.int(20 * MINUTE, Math.max(21 * MINUTE, sinceMidnight - MINUTE));
  for (let index = 0; index < 6; index++) make(today(), 'ClosedAttendant', true);
  for (let index = 0; index < 2; index++) make(today(), 'ClosedClient', true);
  make(today(), 'ClosedClient', false);
  make(today(), 'Transferred', true);
  for (let index = 0; index < 3; index++) make(now - random.int(2, 45) * MINUTE, 'Waiting', false);
  for (let index = 0; index < 4; index++) make(now - random.int(20, 90) * MINUTE, 'Open', true);

  bot.tickets.push(...tickets.sort((a, b) => b.storageDate.localeCompare(a.storageDate)));
}

const iso = (value: number | undefined) => (value === undefined ? undefined : new Date(value).toISOString());

function conversation(ticket: SandboxTicket, random: Random, start: number, firstResponse: number | undefined, end: number): SandboxThreadMessage[] {
  const list: SandboxThreadMessage[] = [];
  let at = start;
  let last = start - 1000;
  const push = (direction: 'sent' | 'received', type: string, content: unknown, human: boolean) => {
    // Each message after the one before, as a real thread is.
    at = Math.max(at, last + 1000);
    last = at;
    list.push({
      id: `${ticket.id}-m${list.length}`,
      direction,
      type,
      content,
      date: new Date(at).toISOString(),
      status: 'consumed',
      metadata: human ? { '#messageEmitter': 'Human' } : {},
    });
  };
  push('received', 'text/plain', random.pick(CUSTOMER_LINES), false);
  push('sent', 'text/plain', 'Hola 👋 soy el asistente virtual. En un momento le atiende una persona.', false);
  const count = random.int(3, 12);
  for (let index = 0; index < count; index++) {
    at = Math.min(end, (firstResponse ?? start) + index * random.int(1, 6) * MINUTE);
    if (!firstResponse || random.chance(0.5)) push('received', 'text/plain', random.pick(CUSTOMER_LINES), false);
    else push('sent', 'text/plain', random.pick(AGENT_LINES), true);
    if (random.chance(0.1)) {
      push('received', 'application/vnd.lime.media-link+json', { type: 'image/jpeg', uri: `https://media.example.com/${ticket.id}/foto-${index}.jpg`, title: 'foto.jpg' }, false);
    }
  }
  return list;
}
