import { beforeAll, describe, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clearFaults, setFault } from './harness/sandbox';
import { useConnectedExtension } from './harness/setup';
import { clickButton, waitForElementWith, waitForText } from './harness/ui';
import type { Fault } from '../../sandbox/faults';

/** Each fault the sandbox can inject gives its own message, and "Reintentar" works once it clears. */
describe('faults from Blip', () => {
  const context = useConnectedExtension();
  let page: Page;

  beforeAll(async () => {
    page = await context.session.open('options');
    await waitForElementWith(page, '[data-testid="number-item"]', ['Tienda Norte', 'Atendiente']);
  });

  const cases: Array<[string, Omit<Fault, 'bot'>, string]> = [
    ['HTTP 500', { kind: 'http500' }, 'Blip tuvo un error interno (HTTP 500).'],
    ['429 with Retry-After', { kind: 'http429', retryAfterSeconds: 30 }, 'Blip limitó las solicitudes. Reintente en 30 s.'],
    ['a LIME failure body', { kind: 'lime-failure' }, 'Blip rechazó la operación (código 61): Sandbox: command processing error'],
    ['malformed JSON', { kind: 'malformed' }, 'Respuesta inesperada del servidor. Verifique el host de la API.'],
    ['a reply slower than the timeout', { kind: 'slow', delayMs: 17_000, times: 1 }, 'Blip no respondió a tiempo.'],
  ];

  it.each(cases)('%s: explains it, then retry works after recovery', async (_label, fault, message) => {
    await setFault(context.sandbox, { ...fault, bot: 'norte' });
    await page.evaluate(() =>
      ([...document.querySelectorAll('[data-testid="number-item"]')].find((item) => item.textContent?.includes('Tienda Norte'))!.querySelector('button') as HTMLButtonElement).click(),
    );
    await waitForText(page, message, '[role="alert"]');
    await clearFaults(context.sandbox);
    await clickButton(page, 'Reintentar', '.notice.error');
    await page.waitForFunction(() => !document.querySelector('.notice.error'));
    // The retried refresh has finished (its button is back) before the next fault is set.
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="number-item"]')].find((item) => item.textContent?.includes('Tienda Norte'))?.querySelector('button')?.textContent === 'Actualizar rol');
  }, 45_000);
});
