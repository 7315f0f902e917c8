import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { clearFaults, setFault } from './harness/sandbox';
import { waitForText } from './harness/ui';
import { readTable } from './harness/idb';
import { conversationCases } from '../../sandbox/data/conversation-states';

/** Opens the contact found by typing its name, as an agent does. */
async function openContact(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => Number(document.querySelector('.global-search')?.getAttribute('data-indexed')) >= 4500, { timeout: 60_000 });
  await page.type('#global-search-input', name.toLowerCase());
  await page.waitForFunction((typed) => document.querySelector('.global-search')?.getAttribute('data-answered') === typed && document.querySelector('.search-result'), { timeout: 30_000 }, name.toLowerCase());
  await page.keyboard.press('Enter');
  await waitForText(page, name, '.contact-header');
}

/** Loading that tells the truth: a slow Blip, an outage across numbers, a write parked as failed. */
describe('waiting and failing, told as it is', () => {
  const context = useConnectedExtension();

  it('says Blip is slow and for how long, offers retry and cancel, and the timeline still loads', async () => {
    const target = conversationCases.get(context.sandbox.store.bots.get('norte')!)!.find((item) => item.state === 'window-open')!;
    const page = await context.session.open('sidepanel');
    await page.waitForFunction(() => Number(document.querySelector('.global-search')?.getAttribute('data-indexed')) >= 4500, { timeout: 60_000 });
    await setFault(context.sandbox, { kind: 'slow', bot: 'norte', delayMs: 9_000 });
    await openContact(page, target.name);
    const notice = await waitForText(page, 'Blip tarda en responder', '[data-testid="slow-notice"]', 15_000);
    expect(notice).toMatch(/\(\d+ s\)/);
    expect(await page.$$eval('[data-testid="slow-notice"] button', (buttons) => buttons.map((button) => button.textContent))).toEqual(['Cancelar', 'Reintentar']);
    await page.waitForSelector('[data-testid="timeline-message"]', { timeout: 90_000 });
    await clearFaults(context.sandbox);
  }, 150_000);

  it('shows one line for an outage that hits several numbers, with Blip\'s status and Retry-After as Blip gave them', async () => {
    const { session, sandbox } = context;
    const page = await session.open('sidepanel');
    // A sync still on its way from the slow Blip above would answer for this one (a number's running
    // sync is joined, not started again) and succeed: start once none is running.
    await expect.poll(async () => (await readTable<{ running: boolean }>(page, 'contactSync')).some((state) => state.running), { timeout: 30_000 }).toBe(false);
    await setFault(sandbox, { kind: 'http429', retryAfterSeconds: 30 });
    await session.rpc('contacts.sync', {}).catch(() => undefined);
    // The numbers fail one after the other, so the line first names the first to fail; it must grow
    // into one line naming both rather than a second line.
    const line = await waitForText(page, 'No se pudieron actualizar los contactos de Tienda Norte, Loja Sul', '[data-testid="sync-error"]', 30_000);
    expect(await page.$$eval('[data-testid="sync-error"]', (lines) => lines.length)).toBe(1);
    expect(line).toContain('30 s');
    await setFault(sandbox, { kind: 'http500' });
    await session.rpc('contacts.sync', {}).catch(() => undefined);
    await waitForText(page, 'HTTP 500', '[data-testid="sync-error"]', 30_000);
    expect(await page.$$eval('[data-testid="sync-error"]', (lines) => lines.length)).toBe(1);
    await clearFaults(sandbox);
  }, 90_000);

  it('the popup says when its switch did not reach the bot and is parked as failed', async () => {
    const { session, sandbox, ids } = context;
    await session.rpc('absence.save', { installationId: ids.andes, setting: { enabled: false, message: 'Vuelvo el lunes', suggestedContact: null } });
    const popup = await session.open('popup');
    await popup.waitForSelector('button[role="switch"]');
    await setFault(sandbox, { kind: 'lime-failure', bot: 'andes' });
    await popup.bringToFront();
    await popup.click('button[role="switch"]');
    const parked = await waitForText(popup, 'El cambio no llegó al bot', '[data-testid="absence-parked"]', 30_000);
    expect(parked).toContain('Blip rechazó la operación');
    await clearFaults(sandbox);
    await popup.$eval('[data-testid="absence-parked"] button', (button) => (button as HTMLButtonElement).click());
    await popup.waitForFunction(() => !document.querySelector('[data-testid="absence-parked"]'), { timeout: 30_000 });
  }, 90_000);
});
