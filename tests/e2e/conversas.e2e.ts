import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { clickButton, waitForText } from './harness/ui';
import { clearFaults, setFault } from './harness/sandbox';
import type { ConversationCase } from '../../sandbox/data/conversation-states';
import { conversationCases } from '../../sandbox/data/conversation-states';
import { formatPhone } from '../../lib/i18n/phone-format';

/** Opens the panel, searches the contact by name the way an agent types it, and opens the only result. */
async function openBySearch(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => Number(document.querySelector('.global-search')?.getAttribute('data-indexed')) >= 4500, { timeout: 60_000 });
  await page.type('#global-search-input', name.toLowerCase());
  await page.waitForFunction((typed) => document.querySelector('.global-search')?.getAttribute('data-answered') === typed, { timeout: 30_000 }, name.toLowerCase());
  const rows = await page.$$eval('.search-result', (items) => items.map((item) => item.textContent ?? ''));
  expect(rows).toHaveLength(1);
  await page.keyboard.press('Enter');
  await waitForText(page, name, '.contact-header');
}

describe('Desk Conversas: the composer for each conversation state, reached from a real search', () => {
  const context = useConnectedExtension();
  const caseOf = (state: ConversationCase['state']) => conversationCases.get(context.sandbox.store.bots.get('norte')!)!.find((item) => item.state === state)!;
  const sentTo = (identity: string) => context.sandbox.store.bots.get('norte')!.messages.filter((message) => message.to === identity);

  it('window open: pages the 90-day timeline, renders formatting as text nodes, and sends free text once through the outbox', async () => {
    const target = caseOf('window-open');
    const page = await context.session.open('sidepanel');
    await openBySearch(page, target.name);
    await waitForText(page, 'La ventana de 24 h cierra en', '[data-testid="text-composer"]');
    await waitForText(page, 'Se muestran los últimos 90 días', '.timeline');

    const firstPage = await page.$$eval('[data-testid="timeline-message"]', (items) => items.length);
    expect(firstPage).toBe(50);
    await page.$eval('.timeline', (element) => (element.scrollTop = 0));
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="timeline-message"]').length > count, {}, firstPage);
    const senders = await page.$$eval('[data-testid="timeline-message"]', (items) => [...new Set(items.map((item) => item.getAttribute('data-sender')))].sort());
    expect(senders).toEqual(['agent', 'bot', 'customer']);
    // Customer text that looks like HTML stays text: no element is created from it.
    expect(await page.$$eval('.timeline img, .timeline script', (nodes) => nodes.length)).toBe(0);
    expect(await page.$$eval('.timeline .bubble-body strong', (nodes) => nodes.length)).toBeGreaterThan(0);

    // Sent while Tienda Norte fails: it waits in the outbox, shows as on its way, and goes out
    // once (despite a double click) after the panel was closed and the server recovered.
    await setFault(context.sandbox, { kind: 'http500', bot: 'norte' });
    await page.type('#composer-text', 'Su pedido *sale hoy* ✅');
    await page.$eval('.text-composer button[type="submit"]', (button) => {
      (button as HTMLButtonElement).click();
      (button as HTMLButtonElement).click();
    });
    await waitForText(page, 'Enviando…', '[data-testid="pending-message"]');
    expect(await page.$$('[data-testid="pending-message"]')).toHaveLength(1);
    expect(await page.$eval('#composer-text', (input) => (input as HTMLTextAreaElement).value)).toBe('');
    await page.close();
    await clearFaults(context.sandbox);
    await expect.poll(() => sentTo(target.identity).length, { timeout: 60_000 }).toBe(1);
    expect(sentTo(target.identity)[0]!.content).toBe('Su pedido *sale hoy* ✅');

    const reopened = await context.session.open('sidepanel');
    await openBySearch(reopened, target.name);
    await reopened.waitForFunction(() => [...document.querySelectorAll('[data-testid="timeline-message"]')].some((item) => item.textContent?.includes('Su pedido sale hoy ✅')), { timeout: 20_000 });
    expect(await reopened.$$('[data-testid="pending-message"]')).toHaveLength(0);

    // With the server answering, the text takes its place in the timeline as soon as Blip has it,
    // even when the panel is busy while the background queues and delivers it (so the panel never
    // sees it in the outbox).
    await reopened.type('#composer-text', 'Gracias por esperar');
    await reopened.keyboard.press('Enter');
    await reopened.evaluate(() => {
      const until = Date.now() + 1500;
      while (Date.now() < until);
    });
    await reopened.waitForFunction(() => [...document.querySelectorAll('[data-testid="timeline-message"]')].some((item) => item.textContent?.includes('Gracias por esperar')), { timeout: 20_000 });
    await reopened.waitForFunction(() => document.querySelectorAll('[data-testid="pending-message"]').length === 0);
    expect(sentTo(target.identity)).toHaveLength(2);

    // A text simply on its way is not announced as a pending change for its first 2 s: the notice
    // would come and go above the conversation with every message sent.
    await reopened.evaluate(() => {
      const marks = window as unknown as { __sentAt?: number; __noticeAt?: number };
      new MutationObserver(() => {
        if (marks.__sentAt !== undefined && marks.__noticeAt === undefined && document.querySelector('[data-testid="outbox-status"]')) marks.__noticeAt = performance.now();
      }).observe(document.body, { childList: true, subtree: true });
      marks.__sentAt = performance.now();
    });
    await reopened.type('#composer-text', 'Le aviso al salir');
    await reopened.keyboard.press('Enter');
    await reopened.waitForFunction(() => [...document.querySelectorAll('[data-testid="timeline-message"]')].some((item) => item.textContent?.includes('Le aviso al salir')), { timeout: 20_000 });
    const noticeAfter = await reopened.evaluate(() => {
      const marks = window as unknown as { __sentAt: number; __noticeAt?: number };
      return marks.__noticeAt === undefined ? undefined : marks.__noticeAt - marks.__sentAt;
    });
    if (noticeAfter !== undefined) expect(noticeAfter).toBeGreaterThanOrEqual(2_000);
    await reopened.close();
  }, 90_000);

  it('window expired: says so and sends an approved template once, which shows in the timeline', async () => {
    const target = caseOf('window-expired');
    const page = await context.session.open('sidepanel');
    await openBySearch(page, target.name);
    await waitForText(page, 'La ventana de 24 h de Meta expiró', '[data-testid="composer-window-expired"]');
    expect(await page.$('#composer-text')).toBeNull();
    await page.waitForSelector('[data-testid="template-sender"] select');
    const options = await page.$$eval('[data-testid="template-sender"] option', (nodes) => nodes.map((node) => node.textContent));
    expect(options).toEqual(['Elija un template aprobado', 'retomar_conversacion (es_MX)', 'confirmacion_pedido (es_MX)', 'envio_con_guia (es_MX)', 'factura_pdf (es_MX)']);
    await page.select('[data-testid="template-sender"] select', 'retomar_conversacion|es_MX');
    await page.type('#template-body-1', 'Gonzalo');
    await page.type('#template-body-2', 'Tienda Norte');
    await waitForText(page, 'Hola Gonzalo, le escribimos de Tienda Norte', '.template-preview');
    await page.$eval('[data-testid="template-sender"] button.primary', (button) => {
      (button as HTMLButtonElement).click();
      (button as HTMLButtonElement).click();
    });
    await waitForText(page, 'Mensaje enviado.', '[data-testid="template-sender"]');
    // The timeline shows what the customer read, marked as an active message, not just its name.
    const bubble = await waitForText(page, 'Hola Gonzalo, le escribimos de Tienda Norte para dar seguimiento a su consulta.', '[data-testid="timeline-message"]', 20_000);
    expect(bubble).toContain('Mensaje activo · retomar_conversacion');
    // The composer tells what happens next, and no longer that the window expired.
    const composer = await waitForText(page, 'La ventana de 24 h se abre cuando el cliente responda', '[data-testid^="composer-"]');
    expect(composer).not.toContain('expiró');
    // The form went away: the focus is on its confirmation, not lost on the page.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Mensaje enviado.');
    const sent = sentTo(target.identity);
    expect(sent).toHaveLength(1);
    expect((sent[0]!.content as { template: { name: string } }).template.name).toBe('retomar_conversacion');
    await page.close();
  });

  it('not in attendance: shows the history and asks for an active message to resume', async () => {
    const target = caseOf('not-in-attendance');
    const page = await context.session.open('sidepanel');
    await openBySearch(page, target.name);
    await waitForText(page, 'Para retomar la conversación es necesario enviar un mensaje activo', '[data-testid="composer-not-in-attendance"]');
    expect(await page.$$eval('[data-testid="timeline-message"]', (items) => items.length)).toBe(8);
    await page.waitForSelector('[data-testid="template-sender"] select');
    await page.close();
  });

  it('no history: the modal explains it, then the template flow has the number filled in and routes the conversation to the desk', async () => {
    const target = caseOf('no-history');
    const page = await context.session.open('sidepanel');
    await openBySearch(page, target.name);
    const modal = await waitForText(page, 'no tiene historial de conversaciones disponible', 'dialog[open]');
    expect(modal).toContain('enviar un mensaje activo');
    await clickButton(page, 'Enviar mensaje activo', 'dialog[open]');
    await waitForText(page, `Para: ${formatPhone(target.phone)}`, '[data-testid="composer-no-history"]');
    expect(await page.$('.timeline')).toBeNull();
    await page.waitForSelector('[data-testid="template-sender"] select');
    await page.select('[data-testid="template-sender"] select', 'confirmacion_pedido|es_MX');
    const inputs = await page.$$('[data-testid="template-sender"] input');
    for (const [index, input] of inputs.entries()) await input.type(`valor ${index + 1}`);
    await clickButton(page, 'Enviar mensaje', '[data-testid="template-sender"]');
    await waitForText(page, 'La respuesta del cliente llegará a la fila del Desk', '[data-testid="template-sender"]');
    expect(sentTo(target.identity)).toHaveLength(1);
    // The contact has history now: the active message shows in its timeline.
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="timeline-message"]')].some((item) => item.textContent?.includes('confirmacion_pedido')), { timeout: 20_000 });
    const tickets = context.sandbox.store.bots.get('norte')!.tickets.filter((ticket) => ticket.customerIdentity === target.identity && !ticket.closed);
    expect(tickets.length).toBe(1);
    await page.close();
  });

  it("attended by another agent: shows the agent's name, no composer, and requests the transfer", async () => {
    const target = caseOf('other-agent');
    const page = await context.session.open('sidepanel');
    await openBySearch(page, target.name);
    const notice = await waitForText(page, 'está siendo atendido por', '[data-testid="composer-other-agent"]');
    const other = context.sandbox.store.bots.get('norte')!.number.attendants.find((attendant) => attendant.email !== 'agente@demo.blip.ai')!;
    expect(notice).toContain(other.fullName);
    expect(await page.$('#composer-text')).toBeNull();
    expect(await page.$('[data-testid="template-sender"]')).toBeNull();
    await clickButton(page, 'Solicitar transferencia', '[data-testid="composer-other-agent"]');
    await waitForText(page, 'Solicitud enviada', '[data-testid="composer-other-agent"]');
    const ticket = context.sandbox.store.bots.get('norte')!.tickets.find((candidate) => candidate.customerIdentity === target.identity && !candidate.closed)!;
    expect(ticket.tags).toContain('Transferencia solicitada');
    await page.close();
  });

  it('opened again, a conversation shows its newest page at once, while Blip is slow to answer', async () => {
    const target = caseOf('window-open');
    const page = await context.session.open('sidepanel');
    await setFault(context.sandbox, { kind: 'slow', bot: 'norte', delayMs: 3_000 });
    try {
      await openBySearch(page, target.name);
      // The kept page, in well under Blip's 3 s; the composer waits for the conversation's state.
      await page.waitForSelector('[data-testid="timeline-message"]', { timeout: 2_000 });
      expect(await page.$('[data-testid="text-composer"]')).toBeNull();
      await waitForText(page, 'La ventana de 24 h cierra en', '[data-testid="text-composer"]');
    } finally {
      await clearFaults(context.sandbox);
      await page.close();
    }
  });
});
