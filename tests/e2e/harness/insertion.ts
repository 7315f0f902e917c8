import { expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { boxModel, clearBox, paletteClosed, paletteShown, undo, type DeskBox } from './desk';

/** A reply as the agent saved it, the "/query" that finds it, and the text the editor must end up holding. */
export interface ReplyCase {
  label: string;
  title: string;
  text: string;
  query: string;
  expected: string;
}

/** One line with the conversation's variables, three lines with emoji and accents, and paragraphs kept apart by blank lines. */
export const REPLY_CASES: ReplyCase[] = [
  {
    label: 'one line',
    title: 'Bienvenida',
    text: 'Hola {{contact.name}}, soy {{agent.fullName}}.',
    query: 'bienv',
    // The desk page shows ticket #5000: Tienda Norte's open conversation with Renata Villaseñor.
    expected: 'Hola Renata Villaseñor, soy Agente Demo.',
  },
  {
    label: 'three lines with emoji and accents',
    title: 'Horario de atención',
    text: 'Buen día ☀️ Atendemos de lunes a sábado.\nÁngela e Iñaki le responden enseguida 🙌🏽\n¿Algo más? ¡Con gusto! Ñandú 🇦🇷',
    query: 'horario',
    expected: 'Buen día ☀️ Atendemos de lunes a sábado.\nÁngela e Iñaki le responden enseguida 🙌🏽\n¿Algo más? ¡Con gusto! Ñandú 🇦🇷',
  },
  {
    label: 'paragraphs apart, with repeated spaces',
    title: 'Seguimiento',
    text: 'Gracias por esperar.\n\nSu pedido:  #4521  (en camino)\n\n\nSaludos',
    query: 'seguim',
    expected: 'Gracias por esperar.\n\nSu pedido:  #4521  (en camino)\n\n\nSaludos',
  },
];

/**
 * Waits until the box's model equals `expected` (polling, so a background tab works too), then
 * checks that it stays so: an editor that applies an insertion late would show a second copy.
 */
export async function expectModel(page: Page, box: DeskBox, expected: string, caret: number | null = expected.length): Promise<void> {
  await expect.poll(async () => (await boxModel(page, box)).text, { timeout: 10_000, interval: 50, message: `${box.name}: model` }).toBe(expected);
  await new Promise((resolve) => setTimeout(resolve, 400));
  const model = await boxModel(page, box);
  expect(model.text, `${box.name}: nothing inserted twice`).toBe(expected);
  if (caret !== null) expect(model.caret, `${box.name}: caret after the text`).toBe(caret);
}

/**
 * One Ctrl+Z takes the reply out and leaves `before`, what the box held before the insertion. Editors
 * whose history groups quick edits may take back the agent's typing (into the empty box) with it.
 */
export async function expectOneUndo(page: Page, box: DeskBox, before: string): Promise<void> {
  await undo(page);
  const allowed = box.groupsUndo ? [before, ''] : [before];
  await expect.poll(async () => (await boxModel(page, box)).text, { timeout: 5_000, message: `${box.name}: one undo` }).toSatisfy((text: string) => allowed.includes(text));
}

/** Starts a case from an empty box and a closed palette, whatever the case before left behind. */
export async function resetBox(page: Page, box: DeskBox): Promise<void> {
  if (await paletteShown(page)) {
    await page.keyboard.press('Escape');
    await paletteClosed(page);
  }
  await clearBox(page, box);
  await expect.poll(async () => (await boxModel(page, box)).text, { message: `${box.name}: cleared` }).toBe('');
}
