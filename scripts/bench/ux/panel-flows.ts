import type { Browser, Page } from 'puppeteer-core';

/** Where the side panel keeps the section it showed last (it opens there again). */
const SECTION_KEY = 'asistencia.section';

/**
 * A new side panel opened at Conversas, whatever section an earlier measure left it on (the panel
 * reopens at the last one shown), so each measure starts from the same screen and times its own click.
 */
export async function openPanel(browser: Browser, panelUrl: string, before?: string): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument((key) => localStorage.setItem(key, 'conversas'), SECTION_KEY);
  if (before) await page.evaluateOnNewDocument(before);
  await page.goto(panelUrl);
  return page;
}

/**
 * Clicks `clickSelector` (in the page, so no protocol delay is counted) and returns the ms until an
 * element matching `doneSelector` is in the DOM.
 */
export async function timeClickUntil(page: Page, clickSelector: string, doneSelector: string, timeout = 120_000): Promise<number> {
  await page.waitForSelector(clickSelector);
  await page.evaluate((click, done) => {
    const marks = window as unknown as { __clickAt?: number; __doneAt?: number };
    marks.__clickAt = undefined;
    marks.__doneAt = undefined;
    const observer = new MutationObserver(() => {
      if (marks.__doneAt === undefined && document.querySelector(done)) {
        marks.__doneAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    marks.__clickAt = performance.now();
    (document.querySelector(click) as HTMLElement).click();
    if (document.querySelector(done)) marks.__doneAt = performance.now();
  }, clickSelector, doneSelector);
  await page.waitForFunction(() => (window as unknown as { __doneAt?: number }).__doneAt !== undefined, { timeout, polling: 20 });
  return page.evaluate(() => {
    const marks = window as unknown as { __clickAt: number; __doneAt: number };
    return marks.__doneAt - marks.__clickAt;
  });
}

/** Types a search and waits until its results show. */
export async function searchFor(page: Page, text: string): Promise<void> {
  await page.waitForSelector('#global-search-input');
  await page.$eval('#global-search-input', (input) => ((input as HTMLInputElement).value = ''));
  await page.type('#global-search-input', text);
  await page.waitForFunction((typed) => document.querySelector('.global-search')?.getAttribute('data-answered') === typed && document.querySelector('.search-result'), { timeout: 120_000 }, text);
}
