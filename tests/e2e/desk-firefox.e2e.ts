import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { freshSandbox } from './harness/sandbox';
import { launchFirefox } from './harness/firefox';
import { DESK_BOXES, boxModel, insertWithSlash, openDesk, paletteClosed, sentMessages } from './harness/desk';
import { hostileSlashAttempt } from './harness/hostile';
import { REPLY_CASES, expectModel, expectOneUndo, resetBox } from './harness/insertion';

/**
 * "/" in every editor kind, in Firefox ESR (where Lexical and Slate apply a trusted insertion late
 * and read synthetic events only from the page's world), with the numbers set by an administrator's policy.
 */
describe('ready replies with "/" in every editor kind (Firefox ESR)', () => {
  let sandbox: Awaited<ReturnType<typeof freshSandbox>>;
  let browser: Browser;
  let desk: Page;

  beforeAll(async () => {
    sandbox = await freshSandbox();
    const info = await sandbox.numbers();
    // Replies a colleague saved through the module on every number: Firefox reads them from the bots.
    for (const bot of sandbox.store.bots.values()) {
      const items = REPLY_CASES.map((reply, index) => ({ id: `r-${index}`, category: 'Atención', name: reply.title, document: reply.text, type: 'text/plain', isDynamicContent: false }));
      bot.replies.set('asistencia-firefox', { id: 'asistencia-firefox', category: 'Atención', items, updatedAt: new Date().toISOString() });
    }
    browser = await launchFirefox({
      agentEmail: info.agentEmail,
      installations: info.numbers.map((number) => ({ id: number.id, name: number.name, phone: number.phone, host: info.host, key: number.authorization })),
    });
    desk = await browser.newPage();
    await desk.setViewport({ width: 900, height: 900 });
    await openDesk(desk, sandbox.url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
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

  it('a page script can neither open nor drive the palette', async () => {
    const contentEditable = DESK_BOXES.find((box) => box.model === 'rich')!;
    await resetBox(desk, contentEditable);
    const seen = await hostileSlashAttempt(desk, '#rich-input', '#6000');
    expect(seen.paletteAppeared).toBe(false);
    expect((await boxModel(desk, contentEditable)).text).toBe('/bienv');
  });
});
