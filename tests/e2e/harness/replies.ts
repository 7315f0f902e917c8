import type { ElementHandle, Page } from 'puppeteer-core';
import { clickButton } from './ui';

export interface SandboxReplyCategory {
  id: string;
  category: string;
  items: Array<{ id: string; name: string; document: string; category: string }>;
}

/** Opens Respuestas in the side panel and waits for its first read of the numbers. */
export async function openReplies(panel: Page): Promise<void> {
  await panel.waitForSelector('#tab-respuestas');
  await panel.click('#tab-respuestas');
  await panel.waitForSelector('.respuestas');
}

/** Creates a category through the form, as an agent does. */
export async function createCategory(panel: Page, name: string): Promise<void> {
  if (!(await panel.$('details.new-category[open]'))) await panel.click('details.new-category summary');
  await panel.type('#category-name-new', name);
  await clickButton(panel, 'Crear categoría', 'details.new-category');
  await panel.waitForFunction((expected) => [...document.querySelectorAll('.reply-category h3')].some((heading) => heading.textContent?.startsWith(expected)), {}, name);
}

/** The card of the category with this name. */
export async function categoryCard(panel: Page, name: string): Promise<ElementHandle<Element>> {
  const handle = await panel.waitForFunction(
    (expected) => [...document.querySelectorAll('[data-testid="reply-category"]')].find((card) => card.querySelector('h3')?.firstChild?.textContent?.trim() === expected),
    {},
    name,
  );
  return handle as ElementHandle<Element>;
}

/** Adds a reply to a category through its form. */
export async function addReply(panel: Page, category: string, title: string, text: string): Promise<void> {
  const card = await categoryCard(panel, category);
  const add = await card.$$('button');
  for (const button of add) if ((await button.evaluate((node) => node.textContent)) === '+ Nueva respuesta') await button.click();
  const titleInput = await card.waitForSelector('input[id^="reply-title-new-"]');
  await titleInput!.type(title);
  await (await card.$('textarea[id^="reply-text-new-"]'))!.type(text);
  await (await card.$('.reply-form button[type="submit"]'))!.click();
  await panel.waitForFunction((expected) => [...document.querySelectorAll('[data-testid="reply-item"] strong')].some((node) => node.textContent === expected), {}, title);
}

/** Replaces a reply's text through its edit form. */
export async function editReplyText(panel: Page, title: string, text: string): Promise<void> {
  await clickButton(panel, `Editar «${title}»`);
  const area = await panel.waitForSelector('.reply-item textarea');
  await area!.evaluate((node) => ((node as HTMLTextAreaElement).value = ''));
  await area!.type(text);
  await clickButton(panel, 'Guardar', '.reply-item');
}
