import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { sandboxState } from './harness/sandbox';
import { useConnectedExtension } from './harness/setup';
import { clickButton, fillLabelled, waitForText } from './harness/ui';

async function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}

/** Agent absence: written in the panel, toggled from the popup, by the number's agents or managers alike, visible everywhere. */
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
    // Once Blip accepted it the panel says so, instead of promising a delivery that already happened.
    await waitForText(panel, 'Guardado: el bot ya lo tiene.', '[data-testid="absence-saved"]');
    expect(await panel.$eval('[data-testid="absence-saved"]', (node) => node.textContent)).not.toContain('en cuanto responda');

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

  it('an attendant sets it too (the spec: managers or agents), and the popup and the panel agree', async () => {
    const { session, ids, sandbox } = context;
    const panel = await session.open('sidepanel');
    await panel.waitForSelector('.number-selector select');
    await panel.select('.number-selector select', ids.norte!);
    // The choice is stored, then read back by the panel: act once it shows Tienda Norte's role.
    await waitForText(panel, 'Atendiente', '[data-testid="role-badge"]');
    await panel.click('#tab-ausencia');
    await panel.waitForSelector('#absence-message:not([disabled])');
    expect(await panel.$('[data-testid="absence-not-allowed"]')).toBeNull();
    await fillLabelled(panel, 'Mensaje de ausencia', 'Vuelvo el lunes');
    await clickButton(panel, 'Guardar');
    await waitForText(panel, 'Guardado', '[data-testid="absence-saved"]');

    const popup = await session.open('popup');
    const toggle = 'button[role="switch"][aria-label="Ausencia en Tienda Norte"]';
    await popup.waitForSelector(`${toggle}[aria-checked="false"]`);
    await popup.click(toggle);
    await popup.waitForSelector(`${toggle}[aria-checked="true"]`);
    await waitForText(panel, 'Ausencia activa en Tienda Norte', '[data-testid="absence-banner"]');
    await panel.waitForFunction(() => (document.querySelector('[role="switch"]') as HTMLInputElement | null)?.checked === true);
    await expect.poll(async () => (await sandboxState<{ value?: { enabled: boolean } }>(sandbox, 'norte', 'resources/asistencia.absence')).value?.enabled, { timeout: 20_000 }).toBe(true);
    await popup.click(toggle);
    await popup.waitForSelector(`${toggle}[aria-checked="false"]`);
  });

  it('nobody whose role on the number is not verified sets it, in the panel, the popup or the background', async () => {
    const { session, sandbox } = context;
    const info = await sandbox.numbers();
    const stranger = info.numbers[0]!;
    const { id } = await session.rpc<{ id: string }>('installations.save', { name: 'Sin rol', phone: '+5215500000000', host: info.host, key: { mode: 'header', header: stranger.authorization } });
    await expect(session.rpc('absence.save', { installationId: id, setting: { enabled: true, message: 'Hola', suggestedContact: null } })).rejects.toMatchObject({ code: 'not-allowed' });
    const popup = await session.open('popup');
    const row = await waitForText(popup, 'Sin rol', '[data-testid="absence-toggle-row"]');
    expect(row).toContain('Solo los agentes y gestores del número la configuran');
    await session.rpc('installations.remove', { id });
  });
});
