import type { Browser } from 'puppeteer-core';
import { openPanel, searchFor, timeClickUntil } from './panel-flows';

const FIRST_MESSAGE = '.timeline .bubbles li';

/**
 * A long conversation (240 messages) opened from search: the first open in a new panel, then again
 * after going back (what the panel keeps of it), each timed from the click to messages on screen.
 */
export async function longConversation(browser: Browser, panelUrl: string, name: string): Promise<{ first: number; again: number }> {
  const page = await openPanel(browser, panelUrl);
  try {
    await searchFor(page, name);
    const first = await timeClickUntil(page, '.search-result button, .search-result', FIRST_MESSAGE);
    await page.evaluate(() => (document.querySelector('.contact-view button.back') as HTMLButtonElement).click());
    await page.waitForSelector('.search-result');
    const again = await timeClickUntil(page, '.search-result button, .search-result', FIRST_MESSAGE);
    return { first, again };
  } finally {
    await page.close();
  }
}
