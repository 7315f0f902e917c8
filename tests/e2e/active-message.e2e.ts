import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { clickButton, waitForText } from './harness/ui';
import { clearFaults, connectRouterNumber, customerWrites, setFault } from './harness/sandbox';
import { conversationCases } from '../../sandbox/data/conversation-states';
import { routerCases } from '../../sandbox/data/router';

/** Every contact the agent searches: Tienda Norte, Loja Sul and the router number (on Clínica Andes the agent is a manager). */
const ALL_CONTACTS = 2500 + 2000 + 400;

/** Searches a contact by name as an agent types it and opens the only result. */
async function openBySearch(page: Page, name: string): Promise<void> {
  await page.waitForFunction((wanted) => Number(document.querySelector('.global-search')?.getAttribute('data-indexed')) >= wanted, { timeout: 90_000 }, ALL_CONTACTS);
  await page.type('#global-search-input', name.toLowerCase());
  await page.waitForFunction((typed) => document.querySelector('.global-search')?.getAttribute('data-answered') === typed, { timeout: 30_000 }, name.toLowerCase());
  expect(await page.$$('.search-result')).toHaveLength(1);
  await page.keyboard.press('Enter');
  await waitForText(page, name, '.contact-header');
}

/** Chooses a template in the open sender and fills its inputs with `values`, in order. */
async function fillTemplate(page: Page, template: string, values: string[]): Promise<void> {
  await page.waitForSelector('[data-testid="template-sender"] select');
  await page.select('[data-testid="template-sender"] select', template);
  const inputs = await page.$$('[data-testid="template-sender"] input');
  expect(inputs).toHaveLength(values.length);
  for (const [index, input] of inputs.entries()) await input.type(values[index]!);
}

/**
 * Active messages as Blip does them, against the doc-faithful sandbox: the customer's answer reaches
 * the agent's Desk queue only because the extension moved the customer's context to the human-service
 * block (and, behind a router, named the service in Master-State with the router key); WhatsApp's
 * verdict arrives after Blip's 202 and is shown with its reason.
 */
describe('active messages that reach an agent, and their delivery', () => {
  const context = useConnectedExtension();
  beforeAll(async () => {
    await connectRouterNumber(context.session, context.sandbox);
  });
  const norte = () => context.sandbox.store.bots.get('norte')!;
  const caseOf = (state: string) => conversationCases.get(norte())!.find((item) => item.state === state)!;

  it('plain bot: a customer with no open ticket answers, and the answer waits in the Desk queue', async () => {
    const target = caseOf('no-history');
    const page = await context.session.open('sidepanel');
    await openBySearch(page, target.name);
    await clickButton(page, 'Enviar mensaje activo', 'dialog[open]');
    await fillTemplate(page, 'retomar_conversacion|es_MX', ['Fermín', 'Tienda Norte']);
    await clickButton(page, 'Enviar mensaje', '[data-testid="template-sender"]');
    await waitForText(page, 'La respuesta del cliente llegará a la fila del Desk', '[data-testid="template-result"]');
    await waitForText(page, 'Leído', '[data-testid="template-result"] [data-testid="delivery"]');

    const answer = await customerWrites(context.sandbox, 'norte', target.identity, 'Sí, sigo interesado en el pedido');
    expect(answer).toMatchObject({ handledBy: 'norte', forwardedToDesk: true });
    const queued = norte().tickets.find((ticket) => ticket.id === answer.ticket!.id)!;
    expect(queued).toMatchObject({ status: 'Waiting', customerIdentity: target.identity });
    // The answer is in that ticket's conversation, after the ticket opened.
    const thread = norte().threads.get(target.identity)!;
    expect(thread.some((message) => message.direction === 'received' && message.content === 'Sí, sigo interesado en el pedido' && message.date >= queued.storageDate)).toBe(true);
    await page.close();
  });

  it('router: Master-State with the router key, and the answer waits in the attendance service\'s queue under its tunnel identity', async () => {
    const target = routerCases.get(context.sandbox.store)!.find((item) => item.state === 'no-history')!;
    const page = await context.session.open('sidepanel');
    await openBySearch(page, target.name);
    await clickButton(page, 'Enviar mensaje activo', 'dialog[open]');
    await fillTemplate(page, 'retomar_conversacion|es_MX', ['Octavio', 'Farmacia Centro']);
    await clickButton(page, 'Enviar mensaje', '[data-testid="template-sender"]');
    await waitForText(page, 'La respuesta del cliente llegará a la fila del Desk', '[data-testid="template-result"]');
    const router = context.sandbox.store.bots.get('centro')!;
    expect(router.messages.filter((message) => message.to === target.identity)).toHaveLength(1);
    expect(router.contexts.get(target.identity)?.get('Master-State')?.value).toBe(context.sandbox.store.bots.get('centro-atencion')!.identity);

    const answer = await customerWrites(context.sandbox, 'centro', target.identity, 'Hola, ¿tienen mi receta?');
    expect(answer).toMatchObject({ handledBy: 'centro-atencion', forwardedToDesk: true, ticket: { status: 'Waiting' } });
    expect(answer.customerIdentity).toMatch(/@tunnel\.msging\.net$/);
    const desk = context.sandbox.store.bots.get('centro-atencion')!;
    expect(desk.tickets.filter((ticket) => ticket.customerIdentity === answer.customerIdentity && !ticket.closed)).toHaveLength(1);
    await page.close();
  });

  it('router: a customer in attendance with the agent (known to the Desk by a tunnel identity) gets the text composer', async () => {
    const target = routerCases.get(context.sandbox.store)!.find((item) => item.state === 'window-open')!;
    const page = await context.session.open('sidepanel');
    await openBySearch(page, target.name);
    await waitForText(page, 'La ventana de 24 h cierra en', '[data-testid="text-composer"]');
    await waitForText(page, 'Sí, se la mando ahora.', '.timeline');
    await page.close();
  });

  it('a template WhatsApp rejects shows as not delivered, with WhatsApp\'s reason', async () => {
    const target = caseOf('window-expired');
    const page = await context.session.open('sidepanel');
    await openBySearch(page, target.name);
    await fillTemplate(page, 'confirmacion_pedido|es_MX', ['#77', 'Gonzalo', '4532', 'lunes']);
    // Meta paused the template, and Blip's list does not show it yet: Blip accepts the message (202).
    await fetch(`${context.sandbox.url}/_sandbox/bots/norte/templates/confirmacion_pedido`, { method: 'POST', body: JSON.stringify({ whatsAppStatus: 'PAUSED' }) });
    await clickButton(page, 'Enviar mensaje', '[data-testid="template-sender"]');
    const shown = await waitForText(page, 'No entregado', '[data-testid="template-result"]');
    expect(shown).toContain('WhatsApp no lo entregó');
    expect(shown).toContain('132001');
    await page.close();
  });

  it('a text that goes out after the 24 h window closed shows as not delivered and offers the template', async () => {
    const target = caseOf('window-expired');
    // The customer writes again: the window opens, and the agent answers in text.
    await customerWrites(context.sandbox, 'norte', target.identity, 'Hola, ¿siguen ahí?');
    const page = await context.session.open('sidepanel');
    await openBySearch(page, target.name);
    await waitForText(page, 'La ventana de 24 h cierra en', '[data-testid="text-composer"]');
    // Blip is down while the agent sends: the text waits in the outbox…
    await setFault(context.sandbox, { kind: 'http500', bot: 'norte' });
    await page.type('#composer-text', 'Claro, ¿en qué le ayudo?');
    await page.click('.text-composer button[type="submit"]');
    await waitForText(page, 'Enviando…', '[data-testid="pending-message"]');
    // …and by the time it goes out, the customer's message is more than 24 hours old for WhatsApp.
    const inbound = norte().threads.get(target.identity)!.findLast((message) => message.content === 'Hola, ¿siguen ahí?')!;
    inbound.date = new Date(Date.now() - 25 * 3_600_000).toISOString();
    await clearFaults(context.sandbox);
    await context.session.rpc('outbox.retry', {});
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="timeline-message"]')].some((item) => item.textContent?.includes('Claro, ¿en qué le ayudo?') && item.querySelector('[data-delivery="failed"]')), { timeout: 60_000 });
    const bubble = await page.$$eval('[data-testid="timeline-message"]', (items) => items.find((item) => item.textContent?.includes('Claro, ¿en qué le ayudo?'))!.textContent!);
    expect(bubble).toContain('No entregado');
    expect(bubble).toContain('131047');
    await clickButton(page, 'Enviar como template', '.timeline');
    await page.waitForSelector('dialog[open] [data-testid="template-sender"] select');
    await page.close();
  }, 90_000);
});
