import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sandboxState } from './harness/sandbox';
import { useConnectedExtension } from './harness/setup';
import { clickButton, fillLabelled, waitForText } from './harness/ui';

async function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}

/** Agent absence: written in the panel, toggled from the popup by a manager, visible everywhere. */
describe('agent absence', () => {
  const context = useConnectedExtension();

  it('validates the message and the suggested contact as the user types', async () => {
    const panel = await context.session.open('sidepanel');
    await panel.click('#tab-ausencia');
    await clickButton(panel, 'Guardar');
    await waitForText(panel, 'Campo obligatorio.', '[role="alert"]');
    await panel.click('input[type="checkbox"]:not([role="switch"])');
    await fillLabelled(panel, 'WhatsApp del agente', '12ab');
    await waitForText(panel, 'Ingrese un número internacional', '[role="alert"]');
    await fillLabelled(panel, 'Mensaje de ausencia', 'Hola');
    await waitForText(panel, '4/500');
  });

  it('a manager switches it on from the popup; the panel, the badge and the bot resource follow', async () => {
    const { session, sandbox, ids } = context;
    const panel = await session.open('sidepanel');
    await panel.waitForSelector('.number-selector select');
    await panel.select('.number-selector select', ids.andes!);
    await panel.click('#tab-ausencia');
    await fillLabelled(panel, 'Mensaje de ausencia', 'Estoy de vacaciones hasta el 2 de diciembre. ¡Gracias por escribir! 🌴');
    await clickButton(panel, 'Guardar');
    await waitForText(panel, 'Guardado.');

    const popup = await session.open('popup');
    const toggle = 'button[role="switch"][aria-label="Ausencia en Clínica Andes"]';
    await popup.waitForSelector(`${toggle}[aria-checked="false"]`);
    await popup.click(toggle);
    await popup.waitForSelector(`${toggle}[aria-checked="true"]`);

    await waitForText(panel, 'Ausencia activa en Clínica Andes', '[data-testid="absence-banner"]');
    await waitForText(panel, 'por agente@demo.blip.ai', '[data-testid="absence-since"]');
    await popup.waitForFunction(async () => (await (globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }).chrome.action.getBadgeText({})) === 'AUS');
    await expect.poll(async () => (await sandboxState<{ value?: { enabled: boolean; message: string } }>(sandbox, 'andes', 'resources/asistencia.absence')).value, { timeout: 20_000 }).toMatchObject({
      enabled: true,
      message: 'Estoy de vacaciones hasta el 2 de diciembre. ¡Gracias por escribir! 🌴',
    });

    await popup.click(toggle);
    await popup.waitForSelector(`${toggle}[aria-checked="false"]`);
    await popup.waitForFunction(async () => (await (globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }).chrome.action.getBadgeText({})) === '');
    await panel.waitForFunction(() => !document.querySelector('[data-testid="absence-banner"]'));
    expect(await badgeText(popup)).toBe('');
  });

  it('an attendant sees the state but cannot toggle it', async () => {
    const { session, ids } = context;
    await session.rpc('absence.save', { installationId: ids.norte, setting: { enabled: false, message: 'Vuelvo el lunes', suggestedContact: null } });
    const popup = await session.open('popup');
    const row = await waitForText(popup, 'Tienda Norte', '[data-testid="absence-toggle-row"]');
    expect(row).toContain('Solo un gestor puede cambiarla desde aquí.');
    expect(await popup.$('button[aria-label="Ausencia en Tienda Norte"]')).toBeNull();
    await expect(session.rpc('absence.toggle', { installationId: ids.norte, enabled: true })).rejects.toMatchObject({ code: 'read-only' });
  });
});
