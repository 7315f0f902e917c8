import type { Browser, CDPSession, Page } from 'puppeteer-core';
import { median, percentile } from './report';
import { openPanel } from './panel-flows';

/** Types `query` into the search box the moment it exists and records when its first results show. */
const TYPE_ON_OPEN = (query: string) => `(() => {
  const query = ${JSON.stringify(query)};
  const section = () => document.querySelector('.global-search');
  new MutationObserver((_, observer) => {
    const input = document.querySelector('#global-search-input');
    if (window.__typedAt === undefined && input) {
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      window.__typedAt = performance.now();
    }
    if (window.__typedAt !== undefined && section()?.getAttribute('data-answered') === query && section().querySelector('.search-result')) {
      window.__resultsAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Opens the panel, types `query` as soon as the box exists, and returns when its first results showed (ms from opening). */
export async function openAndSearch(browser: Browser, panelUrl: string, query: string, timeout = 600_000): Promise<{ page: Page; resultsAt: number; typedAt: number }> {
  const page = await openPanel(browser, panelUrl, TYPE_ON_OPEN(query));
  await page.waitForFunction(() => (window as unknown as { __resultsAt?: number }).__resultsAt !== undefined, { timeout, polling: 50 });
  const times = await page.evaluate(() => {
    const marks = window as unknown as { __resultsAt: number; __typedAt: number };
    return { resultsAt: marks.__resultsAt, typedAt: marks.__typedAt };
  });
  return { page, ...times };
}

/** Median time from panel open to the first results of `query`, each run in a new panel (a cold search worker). */
export async function firstResults(browser: Browser, panelUrl: string, query: string, runs: number): Promise<{ median: number; samples: number[] }> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { page, resultsAt } = await openAndSearch(browser, panelUrl, query);
    samples.push(resultsAt);
    await page.close();
  }
  return { median: median(samples), samples };
}

/**
 * Steady typing: each query typed into the open panel (one input event), timed until the results
 * list answers it (the DOM committed), one after another.
 */
export async function keystrokes(page: Page, queries: string[]): Promise<{ p50: number; p95: number; count: number; slowest: Array<{ query: string; ms: number }> }> {
  const times = await page.evaluate(async (list: string[]) => {
    const input = document.querySelector('#global-search-input') as HTMLInputElement;
    const section = document.querySelector('.global-search')!;
    const out: Array<{ query: string; ms: number }> = [];
    for (const query of list) {
      if (section.getAttribute('data-answered') === query) continue;
      const answered = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (section.getAttribute('data-answered') !== query) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(section, { attributes: true, attributeFilter: ['data-answered'] });
      });
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await answered;
      out.push({ query, ms: performance.now() - start });
    }
    return out;
  }, queries);
  const ms = times.map((time) => time.ms);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), count: times.length, slowest: [...times].sort((a, b) => b.ms - a.ms).slice(0, 5) };
}

/** JS heap in use plus array-buffer backing stores of one context, after a full garbage collection. */
export async function heapBytes(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

/** The panel page's memory and that of each worker it started. */
export async function panelMemory(page: Page): Promise<{ panel: number; workers: number }> {
  const panel = await heapBytes(await page.createCDPSession());
  let workers = 0;
  for (const worker of page.workers()) workers += await heapBytes(worker.client);
  return { panel, workers };
}
