import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { setCapabilities } from './harness/sandbox';
import { useConnectedExtension } from './harness/setup';
import { clickButton, waitForText } from './harness/ui';
import { FLOWS, deskBlock } from '../../sandbox/builder/flows';

async function openSection(page: Page, tab: string, ready: string): Promise<void> {
  await page.waitForSelector(`#tab-${tab}`);
  await page.click(`#tab-${tab}`);
  await page.waitForSelector(ready);
}

async function waitForFile(folder: string, name: string): Promise<string> {
  for (let waited = 0; waited < 30_000; waited += 200) {
    if (readdirSync(folder).includes(name)) return path.join(folder, name);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No download ${name} in ${folder}: ${readdirSync(folder).join(', ')}`);
}

/**
 * What a real tenant may lack: the unofficial calls each have a documented fallback, and what the
 * docs say about ticket messages (the customer's whole thread) does not leak into a transcript.
 */
describe('Blip calls a tenant may not answer, and transcripts of one ticket', () => {
  const context = useConnectedExtension();
  const norte = () => context.sandbox.store.bots.get('norte')!;

  it('history works on a tenant without /tickets/history/metadata', async () => {
    await setCapabilities(context.sandbox, 'norte', { historyMetadata: false });
    const oldestDay = new Date(Date.now() - 89 * 86_400_000).toISOString().slice(0, 10);
    const closed = norte().tickets.filter((ticket) => ticket.closed && ticket.storageDate >= oldestDay);
    const newest = [...closed].sort((a, b) => b.storageDate.localeCompare(a.storageDate))[0]!;
    const page = await context.session.open('sidepanel');
    await openSection(page, 'historial', '[data-testid="history-row"]');
    expect(await page.$eval('[data-testid="history-row"] .card-title', (title) => title.textContent)).toMatch(new RegExp(`^#${newest.sequentialId} · `));
    await waitForText(page, `${closed.length} tickets`);
    expect(norte().writes).toEqual([]);
    await setCapabilities(context.sandbox, 'norte', { historyMetadata: true });
    await page.close();
  });

  it.each(['refused', 'ignored'])('Contactos lists newest first on a tenant whose $orderby is %s', async (orderBy) => {
    await setCapabilities(context.sandbox, 'norte', { orderBy });
    const page = await context.session.open('sidepanel');
    await openSection(page, 'contactos', '.contact-row');
    await waitForText(page, '2500 contactos', '.contactos p[aria-live]');
    const rows = await page.$$eval('.contact-row', (nodes) => nodes.map((node) => (node as HTMLElement).innerText));
    const newest = [...norte().contacts].sort((a, b) => b.lastMessageDate.localeCompare(a.lastMessageDate)).slice(0, 5);
    newest.forEach((contact, index) => expect(rows[index]).toContain(contact.name ?? '(Sin nombre)'));
    await clickButton(page, 'Cargar más');
    await page.waitForFunction(() => document.querySelectorAll('.contact-row').length === 100);
    await setCapabilities(context.sandbox, 'norte', { orderBy: 'honoured' });
    await page.close();
  });

  it('a transcript of a customer with several tickets holds only its own ticket', async () => {
    const counts = new Map<string, number>();
    for (const ticket of norte().tickets) counts.set(ticket.customerIdentity, (counts.get(ticket.customerIdentity) ?? 0) + 1);
    const tickets = norte().tickets.filter((ticket) => ticket.closed && (counts.get(ticket.customerIdentity) ?? 0) >= 3);
    const target = tickets[1]!;
    const others = tickets.filter((ticket) => ticket.customerIdentity === target.customerIdentity && ticket.id !== target.id);
    expect(others.length).toBeGreaterThanOrEqual(2);
    const folder = mkdtempSync(path.join(tmpdir(), 'asistencia-pdf-'));
    const page = await context.session.open('sidepanel');
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    await openSection(page, 'historial', '[data-testid="history-row"]');
    const digits = target.customerIdentity.split('@')[0]!;
    await page.type('.history-filters input[type="search"]', digits);
    await page.click('.history-filters button[type="submit"]');
    await page.waitForFunction((wanted) => {
      const rows = [...document.querySelectorAll('[data-testid="history-row"]')];
      return rows.length >= 3 && rows.every((row) => row.textContent!.replace(/\D+/g, '').includes(wanted));
    }, {}, digits);
    await page.$eval(`button[aria-label="Descargar transcripción del ticket ${target.sequentialId}"]`, (button) => (button as HTMLButtonElement).click());
    const file = await waitForFile(folder, `ticket-${target.sequentialId}-${target.storageDate.slice(0, 10)}.pdf`);
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain(`Pregunta del ticket ${target.sequentialId}`);
    for (const other of others) expect(text).not.toContain(`Pregunta del ticket ${other.sequentialId}`);
    await page.close();
  });

  it('options: finds the flow and its human-service block in the bot, and the connection test lists what the number answers', async () => {
    await setCapabilities(context.sandbox, 'norte', { historyMetadata: false });
    const page = await context.session.open('options');
    await clickButton(page, 'Editar Tienda Norte');
    await page.waitForSelector('[data-testid="routing-fields"]');
    for (const field of ['flowId', 'stateId']) {
      await page.$eval(`[data-testid="routing-fields"] input[name="${field}"]`, (input) => {
        (input as HTMLInputElement).value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    await clickButton(page, 'Buscarlos en el bot');
    await waitForText(page, 'Se encontró el flujo', '[data-testid="routing-found"]');
    expect(await page.$eval('[data-testid="routing-fields"] input[name="flowId"]', (input) => (input as HTMLInputElement).value)).toBe(FLOWS.norte!.flowId);
    expect(await page.$eval('[data-testid="routing-fields"] input[name="stateId"]', (input) => (input as HTMLInputElement).value)).toBe(deskBlock('norte'));
    await clickButton(page, 'Probar conexión');
    await page.waitForSelector('[data-testid="capabilities"]');
    const results = await page.$$eval('[data-testid="capabilities"] li', (items) => Object.fromEntries(items.map((item) => [item.getAttribute('data-capability'), item.getAttribute('data-result')])));
    expect(results).toEqual({ historyMetadata: 'missing', contactsOrderBy: 'ok', attendanceHours: 'ok', businessAccount: 'ok', templates: 'ok', notifications: 'ok' });
    await waitForText(page, 'Historial de tickets: no disponible', '[data-testid="capabilities"]');
    await page.close();
  });
});
