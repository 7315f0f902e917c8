import type { Page } from 'puppeteer-core';

/** One query typed into the panel's search box: how long until the list answered it, and what it listed. */
export interface Answer {
  query: string;
  ms: number;
  results: Array<{ name: string; numbers: string }>;
}

/** Waits until the panel's search says it has indexed at least `count` contacts; returns the time it took. */
export async function waitIndexed(page: Page, count: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  await page.waitForFunction((wanted) => Number(document.querySelector('.global-search')?.getAttribute('data-indexed') ?? 0) >= wanted, { timeout: timeoutMs, polling: 500 }, count);
  return Date.now() - started;
}

/**
 * Types each query into the open panel (one input event), times it until the results list answers
 * it (the DOM committed), and reads the names and numbers listed; one query after another.
 */
export async function typeQueries(page: Page, queries: string[]): Promise<Answer[]> {
  await page.waitForSelector('#global-search-input');
  return page.evaluate(async (list: string[]) => {
    const input = document.querySelector('#global-search-input') as HTMLInputElement;
    const section = document.querySelector('.global-search')!;
    const answers: Answer[] = [];
    for (const query of list) {
      const answered = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (section.getAttribute('data-answered') !== query) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(section, { attributes: true, attributeFilter: ['data-answered'] });
      });
      // A blank first, so a query typed twice is answered again.
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 20));
      const start = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await answered;
      const ms = performance.now() - start;
      const results = [...document.querySelectorAll('.search-result')].map((item) => ({
        name: item.querySelector('.result-name')?.textContent ?? '',
        numbers: item.querySelector('.small.muted')?.textContent ?? '',
      }));
      answers.push({ query, ms, results });
    }
    return answers;
  }, queries);
}
