import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { freshSandbox } from './harness/sandbox';
import { launchFirefox } from './harness/firefox';
import { DESK_BOXES, insertWithSlash, openDesk, sentMessages } from './harness/desk';

/** The same "/" insertion as in Chromium, in Firefox ESR, with the numbers set by an administrator's policy. */
describe('ready replies in the desk page, in Firefox ESR', () => {
  let sandbox: Awaited<ReturnType<typeof freshSandbox>>;
  let browser: Browser;
  let desk: Page;

  beforeAll(async () => {
    sandbox = await freshSandbox();
    const info = await sandbox.numbers();
    // A reply a colleague saved through the module on every number: Firefox reads it from the bots.
    for (const bot of sandbox.store.bots.values()) {
      bot.replies.set('asistencia-firefox', {
        id: 'asistencia-firefox',
        category: 'Atención',
        items: [{ id: 'r-bienvenida', category: 'Atención', name: 'Bienvenida', document: 'Hola {{contact.name}}, soy {{agent.fullName}}.', type: 'text/plain', isDynamicContent: false }],
        updatedAt: new Date().toISOString(),
      });
    }
    browser = await launchFirefox({
      agentEmail: info.agentEmail,
      installations: info.numbers.map((number) => ({ id: number.id, name: number.name, phone: number.phone, host: info.host, key: number.authorization })),
    });
    desk = await browser.newPage();
    await openDesk(desk, sandbox.url);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('inserts into the plain, React and contenteditable boxes with the conversation\'s variables, without sending', async () => {
    const expected = 'Hola Renata Villaseñor, soy Agente Demo.';
    for (const { name, box, value } of DESK_BOXES) {
      await insertWithSlash(desk, box, 'bien', 'Bienvenida');
      await expect.poll(() => value(desk), { timeout: 10_000, message: name }).toBe(expected);
    }
    expect(await sentMessages(desk)).toEqual([]);
  }, 90_000);
});
