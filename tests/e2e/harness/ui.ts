import type { Page } from 'puppeteer-core';

/** Waits until the page shows `text` somewhere (in `selector` when given) and returns the element's text. */
export async function waitForText(page: Page, text: string, selector = 'body', timeout = 30_000): Promise<string> {
  const handle = await page.waitForFunction(
    (wanted, scope) => [...document.querySelectorAll(scope)].map((node) => (node as HTMLElement).innerText).find((content) => content.includes(wanted)),
    { timeout },
    text,
    selector,
  );
  return (await handle.jsonValue()) as string;
}

/** Clicks the enabled button whose visible text (or accessible label) is `label` (inside `scope` when given). */
export async function clickButton(page: Page, label: string, scope = 'body'): Promise<void> {
  await page.waitForFunction(
    (wanted, root) => [...document.querySelectorAll(`${root} button`)].some((button) => (button.textContent?.trim() === wanted || button.getAttribute('aria-label') === wanted) && !(button as HTMLButtonElement).disabled),
    {},
    label,
    scope,
  );
  await page.evaluate(
    (wanted, root) => ([...document.querySelectorAll(`${root} button`)].find((button) => (button.textContent?.trim() === wanted || button.getAttribute('aria-label') === wanted) && !(button as HTMLButtonElement).disabled) as HTMLButtonElement).click(),
    label,
    scope,
  );
}

/** Types into the input labelled `label`, replacing its value. */
export async function fillLabelled(page: Page, label: string, value: string): Promise<void> {
  const id = await page.waitForFunction(
    (wanted) => [...document.querySelectorAll('label')].find((node) => node.textContent?.trim() === wanted)?.getAttribute('for'),
    {},
    label,
  );
  const selector = `[id="${(await id.jsonValue()) as string}"]`;
  await page.$eval(selector, (input) => ((input as HTMLInputElement).value = ''));
  await page.type(selector, value);
}

/** Waits for an element matching `selector` whose text contains every one of `texts`. */
export async function waitForElementWith(page: Page, selector: string, texts: string[], timeout = 30_000): Promise<string> {
  const handle = await page.waitForFunction(
    (scope, wanted) => [...document.querySelectorAll(scope)].map((node) => (node as HTMLElement).innerText).find((content) => wanted.every((text) => content.includes(text))),
    { timeout },
    selector,
    texts,
  );
  return (await handle.jsonValue()) as string;
}
