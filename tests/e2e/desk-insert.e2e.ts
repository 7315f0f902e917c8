import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { DESK_BOXES, boxModel, clearBox, clickBox, openDesk, paletteClosed, paletteShown, sentMessages, type DeskBox } from './harness/desk';
import { inPalette, paletteText, waitForPalette } from './harness/palette';
import { sandboxState } from './harness/sandbox';
import { hostileSlashAttempt } from './harness/hostile';
import { clickButton, waitForText } from './harness/ui';
import { openReplies } from './harness/replies';

const textarea = DESK_BOXES.find((box) => box.model === 'text')!;
const contentEditable = DESK_BOXES.find((box) => box.model === 'rich')!;
const keysOnly: DeskBox = { name: 'an editor no technique reaches', model: 'keys', selector: '#keys-input' };

describe('ready replies in the desk page', () => {
  const context = useConnectedExtension();
  let desk: Page;

  beforeAll(async () => {
    const categoryId = await context.session.rpc('replies.saveCategory', { name: 'Atención' });
    await context.session.rpc('replies.saveReply', { categoryId, title: 'Bienvenida', text: 'Hola {{contact.name}}, soy {{agent.fullName}}.' });
    await context.session.rpc('replies.saveReply', { categoryId, title: 'Envío gratis', text: 'El envío es gratis desde $500.' });
    await context.session.rpc('replies.saveReply', { categoryId, title: 'Mi teléfono', text: 'Mi línea directa: {{agent.phoneNumber}}' });
    desk = await context.session.browser.newPage();
    await desk.setViewport({ width: 900, height: 900 });
    await openDesk(desk, context.sandbox.url);
  });

  it('filters by title and text ignoring accents; Escape closes and the text stays as typed', async () => {
    await clickBox(desk, textarea);
    await desk.keyboard.type('/envio');
    await waitForPalette(desk, 'Envío gratis');
    // It lists "Envío gratis" from "/env" on: wait for it to follow the whole "/envio".
    await expect.poll(() => inPalette(desk, (root) => root.querySelectorAll('[role="option"]').length)).toBe(1);
    await desk.keyboard.press('Escape');
    await paletteClosed(desk);
    expect((await boxModel(desk, textarea)).text).toBe('/envio');
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('text-input');
    await clearBox(desk, textarea);
  });

  it('a page script can neither open nor drive the palette, nor read it, nor have contact data looked up', async () => {
    // It points the desk at Loja Sul's conversation #6000 and types "/bienv" and Enter itself.
    const seen = await hostileSlashAttempt(desk, '#rich-input', '#6000');
    expect(seen.paletteAppeared).toBe(false);
    expect((await boxModel(desk, contentEditable)).text).toBe('/bienv');
    const reads = await sandboxState<string[]>(context.sandbox, 'sul', 'reads');
    expect(reads.filter((uri) => uri.includes('6000'))).toEqual([]);

    // When the agent opens it, the page cannot look inside, and a synthetic Enter still chooses nothing.
    await clearBox(desk, contentEditable);
    await desk.keyboard.type('/bienv');
    await waitForPalette(desk, 'Bienvenida');
    expect(await desk.evaluate(() => document.querySelector('asistencia-reply-palette')!.shadowRoot)).toBeNull();
    await desk.evaluate(() => document.querySelector('#rich-input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await paletteShown(desk)).toBe(true);
    expect((await boxModel(desk, contentEditable)).text).toBe('/bienv');
    await desk.keyboard.press('Escape');
    await paletteClosed(desk);
    await clearBox(desk, contentEditable);
    await desk.evaluate(() => (document.querySelector('#ticket-sequential-id')!.textContent = '#5000'));
  });

  it('looks the ticket up only on the numbers that serve the desk: on a desk no number serves, the palette asks for the contact', async () => {
    const elsewhere = await context.session.browser.newPage();
    await elsewhere.setViewport({ width: 900, height: 900 });
    // Same page, another host: the sandbox's numbers are registered on 127.0.0.1, not on localhost.
    await openDesk(elsewhere, context.sandbox.url.replace('127.0.0.1', 'localhost'));
    const before = await Promise.all(['norte', 'sul', 'andes'].map((bot) => sandboxState<string[]>(context.sandbox, bot, 'reads')));
    await clickBox(elsewhere, textarea);
    await elsewhere.keyboard.type('/bienv');
    await elsewhere.keyboard.press('Enter');
    await expect.poll(() => paletteText(elsewhere), { timeout: 10_000 }).toContain('{{contact.name}}');
    expect(await paletteText(elsewhere)).not.toContain('{{agent.fullName}}');
    const after = await Promise.all(['norte', 'sul', 'andes'].map((bot) => sandboxState<string[]>(context.sandbox, bot, 'reads')));
    expect(after.map((reads, index) => reads.slice(before[index]!.length).filter((uri) => uri.startsWith('/tickets?')))).toEqual([[], [], []]);
    await elsewhere.close();
  });

  it('an editor that takes no technique gets nothing written behind its back: the reply goes to the clipboard and the palette says so', async () => {
    await desk.browserContext().overridePermissions(context.sandbox.url, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    await clickBox(desk, keysOnly);
    await desk.keyboard.type('/envio');
    await desk.keyboard.press('Enter');
    await expect.poll(() => paletteText(desk), { timeout: 10_000 }).toContain('Este editor no aceptó la respuesta: quedó copiada. Péguela con Ctrl+V.');
    expect((await boxModel(desk, keysOnly)).text).toBe('/envio');
    expect(await desk.evaluate(() => navigator.clipboard.readText())).toBe('El envío es gratis desde $500.');
    await desk.keyboard.press('Escape');
    await paletteClosed(desk);
  });

  it('gets the palette ready when the agent enters the box: opening it then asks Blip nothing', async () => {
    const { sandbox } = context;
    const react = DESK_BOXES.find((box) => box.model === 'react')!;
    await clickBox(desk, react);
    await clickBox(desk, textarea);
    // The warm-up the focus started (replies, the conversation's values) has its time.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (let open = 0; open < 3; open++) {
      const mark = sandbox.requests.mark();
      await desk.keyboard.type('/bien');
      await waitForPalette(desk, 'Bienvenida');
      await desk.keyboard.press('Escape');
      await paletteClosed(desk);
      expect(sandbox.requests.after(mark).map((request) => request.uri), `open ${open + 1}`).toEqual([]);
      await clearBox(desk, textarea);
    }
  });

  it('"Insert" in the side panel reaches the last box the agent used, asking first for a value the conversation lacks', async () => {
    await clickBox(desk, contentEditable);
    const panel = await context.session.open('sidepanel');
    await openReplies(panel);
    await clickButton(panel, 'Insertar «Mi teléfono» en el Blip Desk');
    // The desk is a background tab now: poll by time, not by animation frame.
    await expect.poll(() => inPalette(desk, (root) => Boolean(root.querySelector('form input'))), { timeout: 10_000 }).toBe(true);
    await waitForText(panel, 'Complete en el Blip Desk los datos que faltan', '.respuestas');
    expect(await paletteText(desk)).toContain('{{agent.phoneNumber}}');
    await desk.bringToFront();
    await desk.keyboard.type('+52 55 1234 5678');
    await desk.keyboard.press('Enter');
    await expect.poll(async () => (await boxModel(desk, contentEditable)).text, { timeout: 10_000 }).toBe('Mi línea directa: +52 55 1234 5678');
    expect(await sentMessages(desk)).toEqual([]);
    await panel.close();
  });

  it('"Insert" reaches only the frame of the box the agent used last, and says when the editor refused the reply', async () => {
    const framed = DESK_BOXES.find((box) => box.inFrame)!;
    await clearBox(desk, contentEditable);
    await clickBox(desk, framed);
    const panel = await context.session.open('sidepanel');
    await openReplies(panel);
    await clickButton(panel, 'Insertar «Envío gratis» en el Blip Desk');
    await waitForText(panel, 'Insertada en la caja de mensaje del Blip Desk', '.respuestas');
    await expect.poll(async () => (await boxModel(desk, framed)).text).toBe('El envío es gratis desde $500.');
    expect((await boxModel(desk, contentEditable)).text).toBe('');

    // Back in the box it used before, in the desk's own document: the next one goes there.
    await desk.bringToFront();
    await clickBox(desk, contentEditable);
    await panel.bringToFront();
    await clickButton(panel, 'Insertar «Envío gratis» en el Blip Desk');
    await expect.poll(async () => (await boxModel(desk, contentEditable)).text).toBe('El envío es gratis desde $500.');
    expect((await boxModel(desk, framed)).text).toBe('El envío es gratis desde $500.');

    await desk.bringToFront();
    await clearBox(desk, keysOnly);
    await panel.bringToFront();
    await clickButton(panel, 'Insertar «Envío gratis» en el Blip Desk');
    // The desk does not have the focus, so the clipboard is out of reach too.
    await waitForText(panel, 'El editor del Blip Desk no aceptó la respuesta y no se pudo copiar al portapapeles.', '.respuestas');
    expect((await boxModel(desk, keysOnly)).text).toBe('');
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
  const script = () => readFileSync('.output/chrome-mv3/content-scripts/desk.js');

  it('stays within 15 kB gzip in the release build', () => {
    expect(gzipSync(script(), { level: 9 }).length).toBeLessThanOrEqual(15 * 1024);
  });

  it('has no network, IndexedDB or key access of its own', () => {
    const source = script().toString('utf8');
    for (const forbidden of ['indexedDB', 'fetch(', 'XMLHttpRequest', 'WebSocket', 'Authorization']) expect(source, forbidden).not.toContain(forbidden);
  });
});
