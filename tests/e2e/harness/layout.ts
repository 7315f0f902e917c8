import type { Page } from 'puppeteer-core';

export interface Box {
  selector: string;
  index: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The element (or one inside it) is what the user sees at its centre: nothing covers or clips it. */
  onTop: boolean;
}

/**
 * Scrolls each of the first `limit` elements matching `selector` into view (vertically: the panel
 * scrolls that way) and measures it against the viewport.
 */
export function boxesOf(page: Page, selector: string, limit = 3): Promise<Box[]> {
  return page.$$eval(
    selector,
    (elements, wanted, max) =>
      elements.slice(0, max).map((element, index) => {
        element.scrollIntoView({ block: 'center', inline: 'nearest' });
        const rect = element.getBoundingClientRect();
        const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
        return { selector: wanted, index, left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, onTop: Boolean(hit && (element === hit || element.contains(hit))) };
      }),
    selector,
    limit,
  );
}

/** What would make the user scroll sideways: the page's and the panel body's widths beyond the viewport. */
export function sidewaysOverflow(page: Page): Promise<{ page: number; body: number }> {
  return page.evaluate(() => {
    const body = document.querySelector('.panel-body');
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      body: body ? body.scrollWidth - body.clientWidth : 0,
    };
  });
}

/** Shows a section through its tab and waits until its content is there and the network is quiet. */
export async function showSection(page: Page, section: string, ready: string): Promise<void> {
  await page.click(`#tab-${section}`);
  await page.waitForSelector(`#panel-${section} ${ready}`, { timeout: 30_000 });
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 30_000 }).catch(() => undefined);
}

/** A narrow side panel: `width` CSS pixels; `zoom` 2 is the browser at 200 % (half the CSS pixels, twice the device pixels). */
export async function narrow(page: Page, width: number, height = 800, zoom = 1): Promise<void> {
  await page.setViewport({ width: Math.round(width / zoom), height: Math.round(height / zoom), deviceScaleFactor: zoom });
}
