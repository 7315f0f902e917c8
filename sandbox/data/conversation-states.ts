import type { BotState, SandboxThreadMessage, SandboxTicket } from '../store';
import type { Random } from './random';
import { SANDBOX_AGENT_EMAIL } from '../numbers';
import { ticketDefaults } from '../desk/tickets';

const HOUR = 3_600_000;

/** Ticket numbers of the seeded conversations, distinct per number (the desk page shows #5000: Tienda Norte's open window). */
export const TICKET_BASE: Record<string, number> = { norte: 5000, sul: 6000, andes: 7000 };

/** One contact per composer state and number, with a name to search for (see `CASES`). */
export interface ConversationCase {
  state: 'window-open' | 'window-expired' | 'not-in-attendance' | 'no-history' | 'other-agent';
  identity: string;
  name: string;
  phone: string;
}

/** Distinct, realistic names so a search finds exactly one contact per state. */
const NAMES: Record<string, Record<ConversationCase['state'], string>> = {
  norte: { 'window-open': 'Renata Villaseñor', 'window-expired': 'Gonzalo Arriaga', 'not-in-attendance': 'Itzel Barragán', 'no-history': 'Fermín Olvera', 'other-agent': 'Abril Cisneros' },
  sul: { 'window-open': 'Heloísa Queiroz', 'window-expired': 'Valdemar Pimentel', 'not-in-attendance': 'Jussara Figueiredo', 'no-history': 'Anselmo Toledo', 'other-agent': 'Iracema Furtado' },
  andes: { 'window-open': 'Maite Zuluaga', 'window-expired': 'Hernán Quintero', 'not-in-attendance': 'Luz Marina Ospina', 'no-history': 'Wilmer Cárdenas', 'other-agent': 'Yesenia Palacios' },
};

export const conversationCases = new WeakMap<BotState, ConversationCase[]>();

/**
 * Seeds, per number, a contact in each conversation state: in attendance with the demo agent with
 * the 24 h window open (a long history, to page through) and expired; not in attendance; no history;
 * and in attendance with another agent.
 */
export function seedConversationStates(bot: BotState, random: Random, now: number): void {
  const me = `${encodeURIComponent(SANDBOX_AGENT_EMAIL)}@blip.ai`;
  const other = bot.number.attendants.find((attendant) => attendant.email !== SANDBOX_AGENT_EMAIL)!;
  const otherIdentity = `${encodeURIComponent(other.email)}@blip.ai`;
  const names = NAMES[bot.number.id]!;
  const cases: ConversationCase[] = [];
  const states = Object.keys(names) as Array<ConversationCase['state']>;
  // Existing contacts with no conversation yet take the cases, so the contact count stays as configured.
  const ticketed = new Set(bot.tickets.map((ticket) => ticket.customerIdentity));
  const pool = bot.contacts.filter((contact) => !bot.threads.has(contact.identity) && !ticketed.has(contact.identity) && contact.phoneNumber);
  states.forEach((state, index) => {
    const contact = pool[index * 11]!;
    const { identity } = contact;
    const lastInbound = { 'window-open': now - 2 * HOUR, 'window-expired': now - 30 * HOUR, 'not-in-attendance': now - 10 * 24 * HOUR, 'no-history': now - 120 * 24 * HOUR, 'other-agent': now - HOUR }[state];
    Object.assign(contact, { name: names[state], lastMessageDate: new Date(lastInbound).toISOString(), city: bot.number.locale === 'pt' ? 'Curitiba' : 'Querétaro' });
    bot.threads.set(identity, conversation(identity, state === 'window-open' ? 240 : 8, lastInbound, random, me));
    if (state === 'window-open' || state === 'window-expired' || state === 'other-agent') bot.tickets.unshift(activeTicket(bot, identity, state === 'other-agent' ? otherIdentity : me, lastInbound, index));
    cases.push({ state, identity, name: names[state], phone: contact.phoneNumber! });
  });
  bot.contacts.sort((a, b) => b.lastMessageDate.localeCompare(a.lastMessageDate));
  conversationCases.set(bot, cases);
}

function activeTicket(bot: BotState, customer: string, agent: string, since: number, index: number): SandboxTicket {
  const opened = new Date(since - HOUR).toISOString();
  const id = `${bot.number.id}-active-${index}`;
  return {
    id,
    sequentialId: (TICKET_BASE[bot.number.id] ?? 9000) + index,
    ...ticketDefaults(bot, id),
    customerIdentity: customer,
    customerDomain: 'wa.gw.msging.net',
    agentIdentity: agent,
    status: 'Open',
    storageDate: opened,
    openDate: opened,
    firstResponseDate: opened,
    statusDate: opened,
    closed: false,
    team: bot.number.attendants[0]!.teams[0]!,
    tags: [],
    unreadMessages: 1,
  };
}

const LINES = [
  'Hola, buenas tardes 👋',
  'Quería preguntar por mi pedido *4532*, ¿ya salió?',
  'Le comparto el comprobante: _transferencia del martes_',
  'Perfecto, ~mañana~ hoy mismo lo reviso.',
  'El código es ```AB-77-Ñ```',
  '¿Tienen envío a Querétaro? 🚚',
  '<img src=x onerror=alert(1)> esto no debe ejecutarse',
];

/** A back-and-forth ending with the customer's message at `lastInbound`, oldest first. */
function conversation(identity: string, count: number, lastInbound: number, random: Random, me: string): SandboxThreadMessage[] {
  const messages: SandboxThreadMessage[] = [];
  for (let index = count - 1; index >= 0; index--) {
    const at = lastInbound - index * 20 * 60_000;
    const kind = index === 0 ? 0 : index % 3;
    const base = { id: `${identity}-c${count - index}`, date: new Date(at).toISOString(), status: 'consumed' };
    if (kind === 0) messages.push({ ...base, direction: 'received', type: 'text/plain', content: LINES[random.int(0, LINES.length - 1)]! });
    else if (kind === 1) messages.push({ ...base, direction: 'sent', type: 'text/plain', content: 'Soy el asistente virtual 🤖. Un agente le atenderá en breve.' });
    else if (index % 9 === 2) messages.push({ ...base, direction: 'received', type: 'application/vnd.lime.media-link+json', content: { type: 'image/jpeg', uri: `https://media.example.com/${identity}/${index}.jpg`, title: 'comprobante.jpg' } });
    else messages.push({ ...base, direction: 'sent', type: 'text/plain', content: 'Con gusto le ayudo, *ya lo reviso*.', metadata: { '#messageEmitter': 'Human', '#agent': me } });
  }
  return messages;
}
