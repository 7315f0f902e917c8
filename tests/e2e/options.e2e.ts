import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchExtension, type ExtensionSession } from './harness/chromium';
import { freshSandbox, type SandboxNumbers } from './harness/sandbox';
import { clickButton, fillLabelled, waitForElementWith, waitForText } from './harness/ui';

describe('options: numbers and identity', () => {
  let session: ExtensionSession;
  let sandbox: Awaited<ReturnType<typeof freshSandbox>>;
  let info: SandboxNumbers;
  let page: Page;

  beforeAll(async () => {
    sandbox = await freshSandbox();
    info = await sandbox.numbers();
    session = await launchExtension();
    page = await session.open('options');
  });
  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  async function fillNumber(number: SandboxNumbers['numbers'][number], header: string) {
    await fillLabelled(page, 'Nombre para mostrar', number.name);
    await fillLabelled(page, 'Número de WhatsApp', number.phone);
    await fillLabelled(page, 'Host de la API', info.host);
    await fillLabelled(page, 'Clave (Authorization)', header);
  }

  it('validates the form as the user types, in Spanish', async () => {
    await fillLabelled(page, 'E-mail usado en Blip Desk', 'agente@');
    await waitForText(page, 'Ingrese un e-mail válido.');
    await fillLabelled(page, 'E-mail usado en Blip Desk', info.agentEmail);
    await clickButton(page, 'Guardar', '#app section:first-of-type');
    // The e-mail's own confirmation, not the number form's.
    await waitForText(page, 'Correo guardado.', '#app section:first-of-type');
    expect(await page.$eval('#app section:first-of-type', (section) => section.textContent)).not.toContain('Número guardado.');

    await clickButton(page, 'Añadir número');
    await fillLabelled(page, 'Número de WhatsApp', '12ab');
    await waitForText(page, 'Ingrese un número internacional');
  });

  it('says the key is wrong when Blip refuses it', async () => {
    const norte = info.numbers[0]!;
    await fillNumber(norte, 'Key d3Jvbmc6a2V5');
    await clickButton(page, 'Probar conexión');
    const message = await waitForText(page, 'La clave fue rechazada', '[role="alert"]');
    expect(message).toContain('Verifique la clave del bot');
  });

  it('says the host is unreachable', async () => {
    await fillLabelled(page, 'Host de la API', 'http://127.0.0.1:9');
    await clickButton(page, 'Probar conexión');
    await waitForText(page, 'No se pudo conectar con el host', '[role="alert"]');
  });

  it('connects with the right key, shows the role, and saves the number', async () => {
    const norte = info.numbers[0]!;
    await fillNumber(norte, norte.authorization);
    await clickButton(page, 'Probar conexión');
    expect(await waitForText(page, 'Conectado a Tienda Norte', '[data-testid="connection-result"]')).toContain('Su rol: Atendiente');
    await clickButton(page, 'Guardar', 'form.number-form');
    await waitForElementWith(page, '[data-testid="number-item"]', ['Tienda Norte', 'Atendiente']);
  });

  it('accepts identifier + access key; where the agent is not an attendant the role is unknown until they say they manage the number', async () => {
    const andes = info.numbers[2]!;
    await clickButton(page, 'Añadir número');
    await fillLabelled(page, 'Nombre para mostrar', andes.name);
    await fillLabelled(page, 'Número de WhatsApp', andes.phone);
    await fillLabelled(page, 'Host de la API', info.host);
    await page.click('input[type="radio"][value="pair"]');
    await fillLabelled(page, 'Identificador del bot', andes.identifier);
    await fillLabelled(page, 'Clave de acceso', andes.accessKey);
    await clickButton(page, 'Guardar', 'form.number-form');
    await waitForElementWith(page, '[data-testid="number-item"]', ['Clínica Andes', 'Rol desconocido', 'no sabemos si es gestor']);
    await clickButton(page, 'Soy gestor de este número', '[data-testid="number-item"]');
    await waitForElementWith(page, '[data-testid="number-item"]', ['Clínica Andes', 'Gestor', 'No soy gestor de este número']);
  });

  it('switches the language of open pages from the options', async () => {
    await page.select('#language-title ~ label select', 'en');
    await waitForText(page, 'Assistance options');
    await page.select('#language-title ~ label select', 'es');
    await waitForText(page, 'Opciones de Asistencia');
  });
});
