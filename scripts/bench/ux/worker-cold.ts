import type { Page } from 'puppeteer-core';
import type { ExtensionSession } from '../../../tests/e2e/harness/chromium';
import { median } from './report';

/**
 * Service worker cold → first RPC answered: the worker is stopped (as Chrome does when idle), then
 * an extension page calls the background, as the panel does when it opens. `call` is a local write
 * (no Blip request), so the figure is the worker's own start and dispatch. With `pageUrl`, the call
 * goes from that page (another extension's, to time its worker).
 */
export async function coldRpc(session: ExtensionSession, call: { rpc: string; input: unknown }, runs: number, pageUrl?: string): Promise<{ cold: number; warm: number }> {
  const page = pageUrl ? await session.browser.newPage() : await session.open('options');
  if (pageUrl) await page.goto(pageUrl);
  const samples: number[] = [];
  const warm: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      await session.stopWorker();
      samples.push(await timeRpc(page, call));
      warm.push(await timeRpc(page, call));
    }
  } finally {
    await page.close();
  }
  return { cold: median(samples), warm: median(warm) };
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
