import type { Browser, Page } from 'puppeteer-core';
import type { Sandbox } from '../../../sandbox/server';
import { median } from './report';
import { settle } from './panel-flows';

/** Records when "/" is pressed in the page (the key event's own time stamp). */
const WATCH_SLASH = `window.addEventListener('keydown', (event) => { if (event.key === '/') window.__slashAt = event.timeStamp; }, true);`;

/** Types "/" at the start of the desk's plain box (focused) and returns the ms until the palette lists replies. */
async function openPalette(page: Page): Promise<number> {
  await page.keyboard.type('/');
  const handle = await page.waitForFunction(
    () => {
      const options = document.querySelector('asistencia-reply-palette')?.shadowRoot?.querySelectorAll('[role="option"]');
      return options && options.length > 0 ? performance.now() - (window as unknown as { __slashAt: number }).__slashAt : undefined;
    },
    { polling: 2, timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function closePalette(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('asistencia-reply-palette')?.isConnected);
  await page.$eval('#text-input', (box) => ((box as HTMLTextAreaElement).value = ''));
}

/**
 * The desk's "/" palette: the agent enters the conversation's message box (the calls that makes
 * are counted apart), then the first open after the worker started (cold) and `opens` more (warm),
 * each timed from the key to the listed replies, with the Blip calls each open made (all numbers).
 */
export async function deskPalette(browser: Browser, sandbox: Sandbox, opens: number, restartWorker: () => Promise<void>) {
  await restartWorker();
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(WATCH_SLASH);
    await page.goto(`${sandbox.url}/desk`);
    await page.waitForFunction(() => document.documentElement.dataset.asistenciaCompanion === 'ready', { timeout: 15_000 });
    await settle(() => sandbox.requests.mark(), 1_000);
    const entered = sandbox.requests.mark();
    await page.click('#text-input');
    await settle(() => sandbox.requests.mark(), 1_000);
    const focusCalls = sandbox.requests.after(entered).length;
    const samples: Array<{ ms: number; calls: number }> = [];
    for (let open = 0; open <= opens; open++) {
      await settle(() => sandbox.requests.mark(), 1_000);
      const mark = sandbox.requests.mark();
      const ms = await openPalette(page);
      await settle(() => sandbox.requests.mark(), 1_000);
      samples.push({ ms, calls: sandbox.requests.after(mark).length });
      await closePalette(page);
    }
    const warm = samples.slice(1);
    return { focusCalls, cold: samples[0]!, warm: { ms: median(warm.map((sample) => sample.ms)), maxCalls: Math.max(...warm.map((sample) => sample.calls)) } };
  } finally {
    await page.close();
  }
}
