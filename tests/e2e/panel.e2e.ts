import { describe, expect, it } from 'vitest';
import { useConnectedExtension } from './harness/setup';

describe('side panel shell', () => {
  const context = useConnectedExtension();

  it('lists the three numbers and keeps the selection after the panel is closed and reopened', async () => {
    const { session, ids } = context;
    const panel = await session.open('sidepanel');
    const selector = await panel.waitForSelector('.number-selector select');
    const options = await panel.$$eval('.number-selector option', (nodes) => nodes.map((node) => node.textContent));
    expect(options).toEqual(['Tienda Norte · +52 1 55 1234 5678', 'Loja Sul · +55 11 98765 4321', 'Clínica Andes · +57 1 300 1234567']);

    await selector!.select(ids.andes!);
    await panel.waitForFunction(() => document.querySelector('[data-testid="role-badge"]')?.textContent === 'Gestor');
    await panel.close();

    const reopened = await session.open('sidepanel');
    await reopened.waitForFunction((id) => (document.querySelector('.number-selector select') as HTMLSelectElement | null)?.value === id, {}, ids.andes);
    const popup = await session.open('popup');
    await popup.waitForFunction((id) => (document.querySelector('.number-selector select') as HTMLSelectElement | null)?.value === id, {}, ids.andes);
  });

  it('moves between sections with the arrow keys', async () => {
    const { session } = context;
    const panel = await session.open('sidepanel');
    await panel.waitForSelector('[role="tab"][aria-selected="true"]');
    await panel.focus('[role="tab"][aria-selected="true"]');
    await panel.keyboard.press('ArrowRight');
    const selected = await panel.$eval('[role="tab"][aria-selected="true"]', (node) => node.textContent);
    expect(selected).toBe('Contactos');
    const focused = await panel.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Contactos');
  });

  it('reads its numbers while hidden (a panel the browser prepares, or one in a background tab), not only once shown', async () => {
    const { session } = context;
    const hidden = await session.browser.newPage();
    const front = await session.browser.newPage();
    await front.bringToFront();
    await hidden.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    expect(await hidden.evaluate(() => document.visibilityState)).toBe('hidden');
    await hidden.waitForFunction(() => document.querySelectorAll('.number-selector option').length === 3, { timeout: 10_000 });
    expect(await hidden.evaluate(() => document.visibilityState)).toBe('hidden');
    await Promise.all([hidden.close(), front.close()]);
  });
});
