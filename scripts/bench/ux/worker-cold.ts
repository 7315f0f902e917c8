import type { Browser, Page, Target } from 'puppeteer-core';
import type { ExtensionSession } from '../../../tests/e2e/harness/chromium';
import { median } from './report';

/** Time left to the browser after a worker stopped, so its teardown is not counted in the next start. */
const SETTLE_MS = 300;

/**
 * Service worker cold → first RPC answered: the worker is stopped (as Chrome does when idle), then
 * an extension page calls the background, as the panel does when it opens. `call` is a local write
 * (no Blip request), so the figure is the worker's own start and dispatch. With `pageUrl`, the call
 * goes from that page (another extension's, to time its worker).
 */
export async function coldRpc(session: ExtensionSession, call: { rpc: string; input: unknown }, runs: number, pageUrl?: string): Promise<{ cold: number; warm: number }> {
  const page = pageUrl ? await session.browser.newPage() : await session.open('options');
  if (pageUrl) await page.goto(pageUrl);
  const origin = new URL(page.url()).origin;
  const cdp = await page.createCDPSession();
  await cdp.send('ServiceWorker.enable');
  const samples: number[] = [];
  const warm: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await workerGone(session.browser, origin);
      samples.push(await timeRpc(page, call));
      warm.push(await timeRpc(page, call));
    }
  } finally {
    await cdp.detach();
    await page.close();
  }
  return { cold: median(samples), warm: median(warm) };
}

/** Waits until the extension of `origin` has no running service worker, then lets the browser settle. */
async function workerGone(browser: Browser, origin: string): Promise<void> {
  const isWorker = (target: Target) => target.type() === 'service_worker' && target.url().startsWith(`${origin}/`);
  for (let waited = 0; browser.targets().some(isWorker); waited += 50) {
    if (waited > 10_000) throw new Error('The service worker did not stop');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

async function timeRpc(page: Page, call: { rpc: string; input: unknown }): Promise<number> {
  return page.evaluate(async (request) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime;
    const start = performance.now();
    const reply = await runtime.sendMessage(request);
    if (!reply?.ok) throw new Error(`RPC failed: ${JSON.stringify(reply)}`);
    return performance.now() - start;
  }, call);
}
