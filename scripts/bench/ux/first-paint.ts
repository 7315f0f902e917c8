import type { Browser } from 'puppeteer-core';
import { median } from './report';

/** Paint timings of one page load, from navigation start (the page's time origin). */
export interface PaintTimes {
  firstContentfulPaint: number;
  /** When the page's first input (the search box) was put in the DOM. */
  inputInserted: number;
}

/** Records when the page's first input is inserted. */
const WATCH_INPUT = `new MutationObserver((_, observer) => {
  if (!document.querySelector('input')) return;
  window.__inputInserted = performance.now();
  observer.disconnect();
}).observe(document, { childList: true, subtree: true });`;

/**
 * The pause after each load, before the next. A panel opened by a user opens into a quiet browser;
 * loads one right after another do not: the work a load starts after its first paint (its search
 * worker reading the index, its database reads, closing its page) would run during the next load,
 * whichever page that is, and be counted there.
 */
const SETTLE_MS = 300;

/** Opens `url` in a fresh tab and reads its first contentful paint and when its input was inserted. */
export async function paintOnce(browser: Browser, url: string): Promise<PaintTimes> {
  const page = await browser.newPage();
  try {
    await page.evaluateOnNewDocument(WATCH_INPUT);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __inputInserted?: number }).__inputInserted !== undefined && performance.getEntriesByName('first-contentful-paint').length > 0, { timeout: 30_000 });
    return await page.evaluate(() => ({
      firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
      inputInserted: (window as unknown as { __inputInserted: number }).__inputInserted,
    }));
  } finally {
    await page.close();
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}

/**
 * Medians over `runs` loads of each page, taken in turns so both see the same machine load. Each
 * extension keeps one page of its own open meanwhile, so both load into a running extension
 * process (as a side panel opened beside the desk does), and neither pays for starting one.
 * `inFirstPaint` is the share of loads whose input was in the DOM before the first paint.
 */
export async function comparePaint(browser: Browser, urls: { panel: string; minimal: string }, runs: number) {
  const samples = { panel: [] as PaintTimes[], minimal: [] as PaintTimes[] };
  const keepers = await Promise.all(
    [urls.panel, urls.minimal].map(async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      return page;
    }),
  );
  // One load of each first: the browser's caches of both extensions are warm for every measured load.
  await paintOnce(browser, urls.panel);
  await paintOnce(browser, urls.minimal);
  for (let run = 0; run < runs; run++) {
    samples.minimal.push(await paintOnce(browser, urls.minimal));
    samples.panel.push(await paintOnce(browser, urls.panel));
  }
  await Promise.all(keepers.map((page) => page.close()));
  const summarize = (list: PaintTimes[]) => ({
    fcp: median(list.map((sample) => sample.firstContentfulPaint)),
    middleMean: middleMean(list.map((sample) => sample.firstContentfulPaint)),
    inFirstPaint: list.filter((sample) => sample.inputInserted <= sample.firstContentfulPaint).length / list.length,
  });
  return { panel: summarize(samples.panel), minimal: summarize(samples.minimal) };
}

/** The mean of the middle 80 % of the values (the fastest and slowest tenth left out). */
function middleMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length / 10);
  const middle = sorted.slice(cut, sorted.length - cut);
  return middle.reduce((sum, value) => sum + value, 0) / middle.length;
}
