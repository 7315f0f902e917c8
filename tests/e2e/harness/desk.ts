import type { Page } from 'puppeteer-core';

/** The three kinds of message box on the sandbox desk page, and where each shows what its app saw. */
export const DESK_BOXES = [
  { name: 'plain textarea', box: '#text-input', value: (page: Page) => page.$eval('#text-input', (node) => (node as HTMLTextAreaElement).value) },
  { name: 'React-controlled textarea', box: '#react-input', value: (page: Page) => page.$eval('#react-state', (node) => node.textContent ?? '') },
  { name: 'contenteditable editor', box: '#rich-input', value: (page: Page) => page.$eval('#rich-state', (node) => node.textContent ?? '') },
] as const;

/** Waits for the content script and the React box to be ready on the desk page. */
export async function openDesk(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/desk`);
  await page.waitForFunction(() => document.documentElement.dataset.asistenciaCompanion === 'ready' && document.querySelector('#react-input'), { timeout: 15_000 });
}

/** The palette's option titles, read through its shadow root. */
export function paletteOptions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('asistencia-reply-palette')?.shadowRoot;
    return [...(root?.querySelectorAll('[role="option"] strong') ?? [])].map((node) => node.textContent ?? '');
  });
}

export async function waitForPalette(page: Page, title: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => [...(document.querySelector('asistencia-reply-palette')?.shadowRoot?.querySelectorAll('[role="option"] strong') ?? [])].some((node) => node.textContent === wanted),
    { timeout: 15_000 },
    title,
  );
}

export async function paletteClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('asistencia-reply-palette')?.isConnected);
}

/** Messages the desk page "sent" (an insertion must never send by itself). */
export function sentMessages(page: Page): Promise<string[]> {
  return page.$$eval('#messages li', (items) => items.map((item) => item.textContent ?? ''));
}

/** Types "/" and `query` at the start of the box, waits for `title` in the palette and takes it with Enter. */
export async function insertWithSlash(page: Page, box: string, query: string, title: string): Promise<void> {
  await page.click(box);
  await page.keyboard.type(`/${query}`);
  await waitForPalette(page, title);
  await page.keyboard.press('Enter');
  await paletteClosed(page);
}
