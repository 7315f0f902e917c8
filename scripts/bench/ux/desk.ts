import type { Browser, Page } from 'puppeteer-core';
import type { Sandbox } from '../../../sandbox/server';
import { median } from './report';
import { inPalette } from '../../../tests/e2e/harness/palette';
import { DESK_BOXES, clearBox } from '../../../tests/e2e/harness/desk';
import { settle } from '../../../tests/e2e/harness/sandbox';

const TEXTAREA = DESK_BOXES.find((box) => box.model === 'text')!;

/** Records when "/" is pressed in the page (the key event's own time stamp). */
const WATCH_SLASH = `window.addEventListener('keydown', (event) => { if (event.key === '/') window.__slashAt = event.timeStamp; }, true);`;

/** Types "/" into the focused box and returns the ms until the palette lists replies, as the page's clock saw it. */
async function openPalette(page: Page): Promise<number> {
  await page.evaluate(() => Object.assign(window, { __slashAt: undefined, __listedAt: undefined }));
  await page.keyboard.type('/');
  const handle = await page.waitForFunction(
    () => {
      const marks = window as unknown as { __slashAt?: number; __listedAt?: number };
      return marks.__listedAt !== undefined && marks.__slashAt !== undefined ? marks.__listedAt - marks.__slashAt : undefined;
    },
    { polling: 2, timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * The first open: its replies are looked for in the palette's closed shadow root through the
 * DevTools protocol (no page script can reach it), so the figure is an upper bound that includes
 * the protocol's round trips. Then a watcher is put on that root, in the page's own world, so later
 * opens are timed by the page's clock (the palette keeps its root between opens).
 */
async function openPaletteFirst(page: Page): Promise<number> {
  const started = performance.now();
  await page.keyboard.type('/');
  for (;;) {
    if (await inPalette(page, (root) => root.querySelector('[role="option"]') !== null)) break;
    if (performance.now() - started > 60_000) throw new Error('The palette never listed the replies');
  }
  const ms = performance.now() - started;
  await inPalette(page, (root) => {
    const marks = window as unknown as { __slashAt?: number; __listedAt?: number };
    new MutationObserver(() => {
      if (marks.__slashAt !== undefined && marks.__listedAt === undefined && root.querySelector('[role="option"]')) marks.__listedAt = performance.now();
    }).observe(root, { childList: true, subtree: true });
    return true;
  });
  return ms;
}

async function closePalette(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('asistencia-reply-palette')?.isConnected);
  // As the agent empties the box (the "/" trigger only follows the agent's own keys).
  await clearBox(page, TEXTAREA);
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
      const ms = open === 0 ? await openPaletteFirst(page) : await openPalette(page);
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
