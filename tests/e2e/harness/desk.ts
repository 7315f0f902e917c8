import type { Frame, Page } from 'puppeteer-core';
import type { BoxModel } from '../../../sandbox/desk-page/bench-model';

/**
 * A box on the sandbox desk page: where to click, and the name its editor's model answers to
 * (`window.deskBench[model]`). `groupsUndo`: the editor's own history merges an edit with the typing
 * just before it (ProseMirror and TipTap within 0.5 s, Quill within 1 s, Slate when the text joins
 * the typed text), so one Ctrl+Z may also take back what the agent typed just before.
 */
export interface DeskBox {
  name: string;
  model: string;
  selector: string;
  inFrame?: boolean;
  groupsUndo?: boolean;
}

/** The boxes of every editor kind on the desk page. */
export const DESK_BOXES: DeskBox[] = [
  { name: 'plain textarea', model: 'text', selector: '#text-input' },
  { name: 'React-controlled textarea', model: 'react', selector: '#react-input' },
  { name: 'contenteditable', model: 'rich', selector: '#rich-input' },
  { name: 'Lexical', model: 'lexical', selector: '#lexical-input' },
  { name: 'Slate', model: 'slate', selector: '#slate-input', groupsUndo: true },
  { name: 'Draft.js', model: 'draft', selector: '#draft-root .public-DraftEditor-content' },
  { name: 'ProseMirror', model: 'prosemirror', selector: '#prosemirror-input', groupsUndo: true },
  { name: 'TipTap', model: 'tiptap', selector: '#tiptap-input', groupsUndo: true },
  { name: 'Quill', model: 'quill', selector: '#quill-input', groupsUndo: true },
  { name: 'contenteditable in a shadow root', model: 'shadow', selector: 'pierce/#shadow-input' },
  { name: 'Lexical in a same-origin frame', model: 'frame', selector: '#frame-input', inFrame: true },
];

/** The three boxes the desk had before the editor bench (the desk's textarea, React, contenteditable). */
export const CLASSIC_BOXES = DESK_BOXES.slice(0, 3);

/** The frame (or page) a box lives in. */
export async function boxFrame(page: Page, box: DeskBox): Promise<Page | Frame> {
  if (!box.inFrame) return page;
  const handle = await page.waitForSelector('#desk-frame');
  const frame = (await handle!.contentFrame())!;
  await frame.waitForFunction(() => window.deskBench?.frame, { timeout: 15_000 });
  return frame;
}

/** What the box's own editor holds. */
export async function boxModel(page: Page, box: DeskBox): Promise<BoxModel> {
  return (await boxFrame(page, box)).evaluate((name) => window.deskBench![name]!(), box.model);
}

export async function clickBox(page: Page, box: DeskBox): Promise<void> {
  await (await boxFrame(page, box)).click(box.selector);
}

/** Empties a box the way the agent would (select all, delete), so its editor sees it too. */
export async function clearBox(page: Page, box: DeskBox): Promise<void> {
  await clickBox(page, box);
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
}

export async function undo(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('z');
  await page.keyboard.up('Control');
}

/** Waits for the content script and every editor of the desk page, the frame's included. */
export async function openDesk(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/desk`);
  await page.waitForFunction(
    (models) => document.documentElement.dataset.asistenciaCompanion === 'ready' && models.every((model) => window.deskBench?.[model]),
    { timeout: 20_000 },
    DESK_BOXES.filter((box) => !box.inFrame).map((box) => box.model),
  );
  await boxFrame(page, DESK_BOXES.find((box) => box.inFrame)!);
}

/** Whether the palette's host is in the page (its content sits in a closed shadow root). */
export function paletteShown(page: Page): Promise<boolean> {
  return page.evaluate(() => Boolean(document.querySelector('asistencia-reply-palette')?.isConnected));
}

export async function paletteClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('asistencia-reply-palette')?.isConnected);
}

/** Messages the desk page "sent" (an insertion must never send by itself). */
export function sentMessages(page: Page): Promise<string[]> {
  return page.$$eval('#messages li', (items) => items.map((item) => item.textContent ?? ''));
}

/** Types "/" and `query` at the start of the box and takes the first match with Enter, as an agent does. */
export async function insertWithSlash(page: Page, box: DeskBox, query: string): Promise<void> {
  await clickBox(page, box);
  await page.keyboard.type(`/${query}`);
  await page.keyboard.press('Enter');
}
