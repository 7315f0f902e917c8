import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { CHROME_BUILD } from './harness/chromium';
import { DESK_BOXES, insertWithSlash, openDesk, paletteClosed, sentMessages, waitForPalette } from './harness/desk';
import { clickButton, waitForText } from './harness/ui';
import { openReplies } from './harness/replies';

/** Empties a box the way the agent would (select all, delete), so its app sees it too. */
async function clearBox(page: Page, selector: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
}

describe('ready replies in the desk page', () => {
  const context = useConnectedExtension();
  let desk: Page;

  it('inserts with "/" at the start of each kind of box, with the conversation\'s variables, without sending, and undo works', async () => {
    const categoryId = await context.session.rpc('replies.saveCategory', { name: 'Atención' });
    await context.session.rpc('replies.saveReply', { categoryId, title: 'Bienvenida', text: 'Hola {{contact.name}}, soy {{agent.fullName}}.' });
    await context.session.rpc('replies.saveReply', { categoryId, title: 'Envío gratis', text: 'El envío es gratis desde $500.' });
    await context.session.rpc('replies.saveReply', { categoryId, title: 'Mi teléfono', text: 'Mi línea directa: {{agent.phoneNumber}}' });
    desk = await context.session.browser.newPage();
    await openDesk(desk, context.sandbox.url);
    // The desk page shows ticket #5000: Tienda Norte's open conversation with Renata Villaseñor.
    const expected = 'Hola Renata Villaseñor, soy Agente Demo.';

    for (const { name, box, value } of DESK_BOXES) {
      await insertWithSlash(desk, box, 'bien', 'Bienvenida');
      await desk.waitForFunction((selector, text) => {
        const node = document.querySelector(selector) as HTMLTextAreaElement | HTMLElement;
        return ('value' in node ? node.value : node.textContent) === text;
      }, { timeout: 10_000 }, box, expected);
      expect(await value(desk), name).toBe(expected);
      expect(await sentMessages(desk), `${name} never sends by itself`).toEqual([]);
      await desk.keyboard.down('Control');
      await desk.keyboard.press('z');
      await desk.keyboard.up('Control');
      expect(await value(desk), `${name}: undo`).toBe('/bien');
      await clearBox(desk, box);
    }
  }, 90_000);

  it('filters by title and text ignoring accents; Escape closes and the text stays as typed', async () => {
    await desk.click('#text-input');
    await desk.keyboard.type('/envio');
    await waitForPalette(desk, 'Envío gratis');
    await desk.keyboard.press('Escape');
    await paletteClosed(desk);
    expect(await desk.$eval('#text-input', (node) => (node as HTMLTextAreaElement).value)).toBe('/envio');
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('text-input');
    await clearBox(desk, '#text-input');
  });

  it('"Insert" in the side panel reaches the last focused box, asking first for a value the conversation lacks', async () => {
    await desk.click('#rich-input');
    const panel = await context.session.open('sidepanel');
    await openReplies(panel);
    await clickButton(panel, 'Insertar «Mi teléfono» en el Blip Desk');
    // The desk is a background tab now: poll by time, not by animation frame.
    await desk.waitForFunction(() => document.querySelector('asistencia-reply-palette')?.shadowRoot?.querySelector('form input'), { timeout: 10_000, polling: 100 });
    await waitForText(panel, 'Complete en el Blip Desk los datos que faltan', '.respuestas');
    const prompt = await desk.evaluate(() => document.querySelector('asistencia-reply-palette')!.shadowRoot!.querySelector('form')!.textContent);
    expect(prompt).toContain('{{agent.phoneNumber}}');
    await desk.bringToFront();
    await desk.keyboard.type('+52 55 1234 5678');
    await desk.keyboard.press('Enter');
    await desk.waitForFunction(() => document.querySelector('#rich-state')?.textContent === 'Mi línea directa: +52 55 1234 5678', { timeout: 10_000, polling: 100 });
    expect(await sentMessages(desk)).toEqual([]);
    await panel.close();
  });

  it('explains "Insert" when no desk box was used', async () => {
    await desk.close();
    const panel = await context.session.open('sidepanel');
    await openReplies(panel);
    await clickButton(panel, 'Insertar «Bienvenida» en el Blip Desk');
    await panel.waitForFunction(() => document.body.innerText.includes('No hay una caja de mensaje del Blip Desk abierta'), { timeout: 10_000 });
    await panel.close();
  });
});

describe('the desk content script', () => {
  const script = () => readFileSync(`${CHROME_BUILD}/content-scripts/desk.js`);

  it('stays within 15 kB gzip', () => {
    expect(gzipSync(script(), { level: 9 }).length).toBeLessThanOrEqual(15 * 1024);
  });

  it('has no network, IndexedDB or key access of its own', () => {
    const source = script().toString('utf8');
    for (const forbidden of ['indexedDB', 'fetch(', 'XMLHttpRequest', 'WebSocket', 'Authorization']) expect(source, forbidden).not.toContain(forbidden);
  });
});
