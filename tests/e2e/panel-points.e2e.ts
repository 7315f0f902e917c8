import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { clickButton, waitForText } from './harness/ui';
import { narrow, showSection } from './harness/layout';
import { conversationCases, type ConversationCase } from '../../sandbox/data/conversation-states';

const focused = (page: Page) => page.evaluate(() => ({ id: document.activeElement?.id, tag: document.activeElement?.tagName, identity: (document.activeElement as HTMLElement | null)?.dataset.identity }));

/** What the active tab of the focused window shows, as the extension sees it. */
const activeTabUrl = (page: Page) =>
  page.evaluate(async () => (await (globalThis as unknown as { chrome: { tabs: { query(query: object): Promise<Array<{ url?: string }>> } } }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url);

/** Points 4, 7, 9 and 10: Blip Desk, the monitoring lists, focus after every view change, and copy and format. */
describe('side panel: Blip Desk, focus, lists and formats', () => {
  const context = useConnectedExtension();
  let panel: Page;
  const caseOf = (state: ConversationCase['state']) => conversationCases.get(context.sandbox.store.bots.get('norte')!)!.find((item) => item.state === state)!;

  async function openContact(name: string): Promise<void> {
    await showSection(panel, 'conversas', '#global-search-input');
    await panel.waitForFunction(() => Number(document.querySelector('.global-search')?.getAttribute('data-indexed')) >= 4500, { timeout: 60_000 });
    await panel.$eval('#global-search-input', (input) => ((input as HTMLInputElement).value = ''));
    await panel.type('#global-search-input', name.toLowerCase());
    await panel.waitForFunction((typed) => document.querySelector('.global-search')?.getAttribute('data-answered') === typed, { timeout: 30_000 }, name.toLowerCase());
    await panel.keyboard.press('Enter');
    await waitForText(panel, name, '.contact-header');
  }

  beforeAll(async () => {
    panel = await context.session.open('sidepanel');
    await narrow(panel, 360);
  });

  it('"Abrir Blip Desk" brings the open desk tab forward, or opens the desk of the number', async () => {
    const desk = await context.session.browser.newPage();
    await desk.goto(`${context.sandbox.url}/desk`);
    await panel.bringToFront();
    expect(await activeTabUrl(panel)).toContain('/sidepanel.html');
    await panel.click('[data-testid="open-desk"]');
    await panel.waitForFunction(async (url) => (await (globalThis as unknown as { chrome: { tabs: { query(query: object): Promise<Array<{ url?: string }>> } } }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url === url, {}, `${context.sandbox.url}/desk`);
    expect(await desk.evaluate(() => document.visibilityState)).toBe('visible');
    await desk.close();

    await panel.bringToFront();
    const opened = context.session.browser.waitForTarget((target) => target.url() === `${context.sandbox.url}/desk`, { timeout: 15_000 });
    await panel.click('[data-testid="open-desk"]');
    const page = await (await opened).page();
    await page?.close();
  });

  it('keeps the focus where the user works: the contact opened, the message box after sending, the search after going back', async () => {
    await openContact(caseOf('window-open').name);
    await panel.waitForFunction(() => document.activeElement?.id === 'contact-view-name');
    await panel.waitForSelector('#composer-text');
    await panel.type('#composer-text', 'Enseguida le confirmo');
    await panel.click('.text-composer button[type="submit"]');
    await panel.waitForFunction(() => (document.querySelector('#composer-text') as HTMLTextAreaElement).value === '');
    expect((await focused(panel)).id).toBe('composer-text');
    // The "pending changes" line above the view goes once the text is delivered; clicking while it
    // goes would land below the back button.
    await panel.waitForFunction(() => !document.querySelector('[data-testid="outbox-status"]'));
    await panel.click('.contact-header .back');
    await panel.waitForFunction(() => document.activeElement?.id === 'global-search-input');
  });

  it('after the no-history dialog the focus is on the template choice, not the page', async () => {
    await openContact(caseOf('no-history').name);
    await waitForText(panel, 'no tiene historial', 'dialog[open]');
    await clickButton(panel, 'Enviar mensaje activo', 'dialog[open]');
    await panel.waitForFunction(() => document.activeElement?.matches('[data-testid="template-sender"] select'), { timeout: 15_000 });
    await panel.click('.contact-header .back');
  });

  it('Contactos: the contact page takes the focus, going back returns it to the card, and Conversas takes it on its contact', async () => {
    await showSection(panel, 'contactos', '.contact-row');
    const identity = await panel.$eval('.contact-row', (card) => (card as HTMLElement).dataset.identity!);
    await panel.click('.contact-row');
    await panel.waitForSelector('#contact-details-name');
    await panel.waitForFunction(() => document.activeElement?.id === 'contact-details-name');
    await panel.click('.contact-details .back');
    await panel.waitForFunction((wanted) => (document.activeElement as HTMLElement | null)?.dataset.identity === wanted, {}, identity);
    await panel.click('.contact-row');
    await clickButton(panel, 'Abrir conversación en Conversas');
    await panel.waitForFunction(() => document.activeElement?.id === 'contact-view-name');
    await panel.click('.contact-header .back');
  });

  it('Monitoreo over all numbers: each ticket says its number, agents by name, decimals the Spanish way', async () => {
    await showSection(panel, 'monitoreo', '[data-testid="metric-waiting"]');
    await panel.select('.monitoring select', 'all');
    await panel.waitForFunction(() => document.querySelector('[data-testid="monitoring-updated"]'));
    await panel.click('.monitoring .view-switch button');
    const cards = await panel.$$eval('[data-testid="list-open"] .card', (items) =>
      items.map((item) => ({
        number: item.querySelector('[data-field="monitoring.number"] dd')?.textContent,
        agent: item.querySelector('[data-field="history.agent"] dd')?.textContent ?? '',
      })),
    );
    expect(cards.length).toBeGreaterThan(0);
    expect(new Set(cards.map((card) => card.number)).size).toBeGreaterThan(1);
    for (const card of cards) {
      expect(['Tienda Norte', 'Loja Sul', 'Clínica Andes']).toContain(card.number);
      expect(card.agent).not.toContain('@');
    }
    expect(await panel.$eval('[data-testid="metric-per-agent"]', (node) => node.textContent)).toMatch(/^\d+,\d$/);
    await panel.select('.monitoring select', context.ids.norte!);
    await panel.waitForFunction(() => !document.querySelector('[data-testid="list-open"] [data-field="monitoring.number"]'));
  });

  it('shows phone numbers one way, collapses a long reply, and wraps a long template value in the preview', async () => {
    await showSection(panel, 'contactos', '.contact-row');
    const phones = await panel.$$eval('.contact-row .contact-phone', (nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(phones.length).toBe(50);
    for (const phone of phones) expect(phone).toMatch(/^\+\d{1,3}( \d+)+$/);

    const categoryId = await context.session.rpc<string>('replies.saveCategory', { name: 'Largas' });
    const long = Array.from({ length: 40 }, (_, index) => `Paso ${index + 1}: revise el pedido y confirme la dirección de entrega.`).join('\n');
    await context.session.rpc('replies.saveReply', { categoryId, title: 'Instructivo', text: long });
    await showSection(panel, 'respuestas', '[data-testid="reply-item"]');
    const height = () => panel.evaluate(() => [...document.querySelectorAll('[data-testid="reply-item"]')].find((node) => node.querySelector('strong')?.textContent === 'Instructivo')?.getBoundingClientRect().height ?? 0);
    await panel.waitForFunction(() => [...document.querySelectorAll('[data-testid="reply-item"] strong')].some((node) => node.textContent === 'Instructivo'));
    const collapsed = await height();
    expect(collapsed).toBeLessThan(250);
    await clickButton(panel, 'Ver más', '[data-testid="reply-item"]');
    await waitForText(panel, 'Paso 40', '[data-testid="reply-item"]');
    expect(await height()).toBeGreaterThan(collapsed * 3);
    await clickButton(panel, 'Ver menos', '[data-testid="reply-item"]');

    await openContact(caseOf('window-expired').name);
    await panel.waitForSelector('[data-testid="template-sender"] select');
    await panel.select('[data-testid="template-sender"] select', 'retomar_conversacion|es_MX');
    await panel.type('#template-body-1', 'x'.repeat(70));
    await waitForText(panel, 'x'.repeat(70), '.template-preview');
    const preview = await panel.$eval('.template-preview', (node) => ({ overflow: node.scrollWidth - node.clientWidth, right: node.getBoundingClientRect().right }));
    expect(preview.overflow).toBe(0);
    expect(preview.right).toBeLessThanOrEqual(360);
    await panel.click('.contact-header .back');
  });
});
