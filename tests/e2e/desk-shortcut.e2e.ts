import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { DESK_BOXES, openDesk, paletteClosed, sentMessages, waitForPalette } from './harness/desk';
import { pressKeys, startXvfb } from './harness/xvfb';

/** The real `commands` shortcut (Ctrl+Shift+Space), pressed by xdotool in a headful Chromium on Xvfb. */
describe('the reply shortcut in the desk', () => {
  let xvfb: Awaited<ReturnType<typeof startXvfb>>;
  beforeAll(async () => {
    xvfb = await startXvfb();
  });
  afterAll(() => xvfb?.stop());
  const context = useConnectedExtension({ display: () => xvfb.display });
  let desk: Page;

  beforeAll(async () => {
    const categoryId = await context.session.rpc('replies.saveCategory', { name: 'Atención' });
    await context.session.rpc('replies.saveReply', { categoryId, title: 'Bienvenida', text: 'Hola {{contact.name}}, soy {{agent.fullName}}.' });
    await context.session.rpc('replies.saveReply', { categoryId, title: 'Despedida', text: '¡Gracias por escribirnos!' });
    desk = await context.session.browser.newPage();
    await openDesk(desk, context.sandbox.url);
    await desk.bringToFront();
  });

  it('opens the palette over each kind of box, filters as typed and inserts at the caret', async () => {
    for (const { name, box, value } of DESK_BOXES) {
      await desk.click(box);
      await desk.keyboard.type('Buen día. ');
      await pressKeys(xvfb.display, 'Blip Desk', 'ctrl+shift+space');
      await waitForPalette(desk, 'Bienvenida');
      expect(await desk.evaluate(() => document.querySelector('asistencia-reply-palette')?.shadowRoot?.activeElement?.getAttribute('type')), name).toBe('search');
      await desk.keyboard.type('bienv');
      await desk.waitForFunction(() => document.querySelector('asistencia-reply-palette')?.shadowRoot?.querySelectorAll('[role="option"]').length === 1);
      await desk.keyboard.press('Enter');
      await paletteClosed(desk);
      await expect.poll(() => value(desk), { timeout: 10_000, message: name }).toBe('Buen día. Hola Renata Villaseñor, soy Agente Demo.');
    }
    expect(await sentMessages(desk)).toEqual([]);
  }, 90_000);

  it('Escape closes the palette and gives the focus back to the box, caret where it was', async () => {
    await desk.click('#text-input');
    await desk.$eval('#text-input', (node) => ((node as HTMLTextAreaElement).value = ''));
    await desk.keyboard.type('abc');
    await desk.keyboard.press('ArrowLeft');
    await pressKeys(xvfb.display, 'Blip Desk', 'ctrl+shift+space');
    await waitForPalette(desk, 'Despedida');
    await desk.keyboard.press('Escape');
    await paletteClosed(desk);
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('text-input');
    await desk.keyboard.type('X');
    expect(await desk.$eval('#text-input', (node) => (node as HTMLTextAreaElement).value)).toBe('abXc');
  }, 60_000);

  it('pressing the shortcut again keeps the palette on the same box; a click elsewhere closes it', async () => {
    await desk.click('#rich-input');
    await pressKeys(xvfb.display, 'Blip Desk', 'ctrl+shift+space');
    await waitForPalette(desk, 'Despedida');
    await pressKeys(xvfb.display, 'Blip Desk', 'ctrl+shift+space');
    await desk.keyboard.type('despe');
    await desk.keyboard.press('Enter');
    await paletteClosed(desk);
    await expect.poll(() => desk.$eval('#rich-state', (node) => node.textContent ?? '')).toContain('¡Gracias por escribirnos!');

    await pressKeys(xvfb.display, 'Blip Desk', 'ctrl+shift+space');
    await waitForPalette(desk, 'Despedida');
    await desk.mouse.click(5, 5);
    await paletteClosed(desk);
  }, 60_000);
});
