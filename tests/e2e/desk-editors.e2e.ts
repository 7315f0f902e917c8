import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { DESK_BOXES, insertWithSlash, openDesk, paletteClosed, sentMessages } from './harness/desk';
import { REPLY_CASES, expectModel, expectOneUndo, resetBox } from './harness/insertion';

/** "/" in every editor kind the desk may use, in Chromium: the editor's own model holds the reply. */
describe('ready replies with "/" in every editor kind (Chromium)', () => {
  const context = useConnectedExtension();
  let desk: Page;

  beforeAll(async () => {
    const categoryId = await context.session.rpc('replies.saveCategory', { name: 'Atención' });
    for (const reply of REPLY_CASES) await context.session.rpc('replies.saveReply', { categoryId, title: reply.title, text: reply.text });
    desk = await context.session.browser.newPage();
    await desk.setViewport({ width: 900, height: 900 });
    await openDesk(desk, context.sandbox.url);
  });

  describe.each(DESK_BOXES)('$name', (box) => {
    it.each(REPLY_CASES)('$label: replaces the "/query", caret after it, once, and one undo takes it out', async (reply) => {
      await resetBox(desk, box);
      await insertWithSlash(desk, box, reply.query);
      await paletteClosed(desk);
      await expectModel(desk, box, reply.expected);
      await expectOneUndo(desk, box, `/${reply.query}`);
    });
  });

  it('never sends by itself', async () => {
    expect(await sentMessages(desk)).toEqual([]);
  });
});
