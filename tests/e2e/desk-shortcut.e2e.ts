import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { DESK_BOXES, openDesk, paletteClosed, sentMessages } from './harness/desk';
import { REPLY_CASES, expectModel, expectOneUndo, resetBox } from './harness/insertion';
import { inPalette, waitForPalette } from './harness/palette';
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
  const shortcut = () => pressKeys(xvfb.display, 'Blip Desk', 'ctrl+shift+space');

  beforeAll(async () => {
    const categoryId = await context.session.rpc('replies.saveCategory', { name: 'Atención' });
    for (const reply of REPLY_CASES) await context.session.rpc('replies.saveReply', { categoryId, title: reply.title, text: reply.text });
    await context.session.rpc('replies.saveReply', { categoryId, title: 'Despedida', text: '¡Gracias por escribirnos!' });
    desk = await context.session.browser.newPage();
    await desk.setViewport({ width: 900, height: 900 });
    await openDesk(desk, context.sandbox.url);
    await desk.bringToFront();
  });

  describe.each(DESK_BOXES)('$name', (box) => {
    it.each(REPLY_CASES)('$label: opens over the box, filters as typed, inserts at the caret once, one undo takes it out', async (reply) => {
      await resetBox(desk, box);
      await desk.keyboard.type('Buen día. ');
      await shortcut();
      await waitForPalette(desk, reply.title);
      expect(await inPalette(desk, (root) => root.activeElement?.getAttribute('type'))).toBe('search');
      await desk.keyboard.type(reply.query);
      await expect.poll(() => inPalette(desk, (root) => root.querySelectorAll('[role="option"]').length)).toBe(1);
      await desk.keyboard.press('Enter');
      await paletteClosed(desk);
      await expectModel(desk, box, `Buen día. ${reply.expected}`);
      await expectOneUndo(desk, box, 'Buen día. ');
    });
  });

  it('never sends by itself', async () => {
    expect(await sentMessages(desk)).toEqual([]);
  });

  it('Escape closes the palette and gives the focus back to the box, caret where it was', async () => {
    await desk.click('#text-input');
    await desk.$eval('#text-input', (node) => ((node as HTMLTextAreaElement).value = ''));
    await desk.keyboard.type('abc');
    await desk.keyboard.press('ArrowLeft');
    await shortcut();
    await waitForPalette(desk, 'Despedida');
    await desk.keyboard.press('Escape');
    await paletteClosed(desk);
    expect(await desk.evaluate(() => document.activeElement?.id)).toBe('text-input');
    await desk.keyboard.type('X');
    expect(await desk.$eval('#text-input', (node) => (node as HTMLTextAreaElement).value)).toBe('abXc');
  }, 60_000);

  it('pressing the shortcut again keeps the palette on the same box; a click elsewhere closes it', async () => {
    await desk.click('#rich-input');
    await shortcut();
    await waitForPalette(desk, 'Despedida');
    await shortcut();
    await desk.keyboard.type('despe');
    await desk.keyboard.press('Enter');
    await paletteClosed(desk);
    await expect.poll(() => desk.$eval('#rich-state', (node) => node.textContent ?? '')).toContain('¡Gracias por escribirnos!');

    await shortcut();
    await waitForPalette(desk, 'Despedida');
    await desk.mouse.click(5, 5);
    await paletteClosed(desk);
  }, 60_000);
});
