import type { Browser } from 'puppeteer-core';
import type { Sandbox } from '../../../sandbox/server';
import { median } from './report';
import { openPanel, timeClickUntil } from './panel-flows';
import { settle } from '../../../tests/e2e/harness/sandbox';

const ROW = '[data-testid="after-hours-row"]';

/**
 * Fuera de horario of the selected number (Tienda Norte): each open in a new panel, timed from the
 * tab's click to its first row, and the Blip calls the number received from the click until the
 * panel went quiet. The first open is the first sync of the list; the rest are the opens after it.
 */
export async function afterHoursOpens(browser: Browser, panelUrl: string, sandbox: Sandbox, opens: number): Promise<{ first: { ms: number; calls: number }; later: { ms: number; calls: number; maxCalls: number } }> {
  const results: Array<{ ms: number; calls: number }> = [];
  for (let open = 0; open < opens; open++) {
    const page = await openPanel(browser, panelUrl);
    await page.waitForSelector('#tab-fuera-horario');
    await settle(() => sandbox.requests.mark());
    const mark = sandbox.requests.mark();
    const ms = await timeClickUntil(page, '#tab-fuera-horario', ROW);
    await settle(() => sandbox.requests.mark());
    results.push({ ms, calls: sandbox.requests.after(mark, 'norte').length });
    await page.close();
  }
  const later = results.slice(1);
  return {
    first: results[0]!,
    later: { ms: median(later.map((result) => result.ms)), calls: median(later.map((result) => result.calls)), maxCalls: Math.max(...later.map((result) => result.calls)) },
  };
}
