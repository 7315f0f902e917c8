import type { EventTechnique } from './synthetic-input';

/**
 * How text gets into a contenteditable so that the page's own editor takes it into its model:
 * - `beforeinput`: Lexical and Slate apply only what a `beforeinput` event asks for.
 * - `paste`: Draft.js and Quill handle a paste of plain text; `paste-lines`: ProseMirror (and
 *   TipTap) a paste whose HTML keeps blank lines (see synthetic-input.ts).
 * - `command`: any other contenteditable — the browser's editing command, which a plain box takes.
 * (Textareas and text inputs always take the editing command.)
 */
export type Technique = EventTechnique | 'command';

/** The editors recognised by the marks they leave on their editing host, and the technique each accepts. */
const EDITORS: Array<[selector: string, technique: Technique]> = [
  ['[data-lexical-editor]', 'beforeinput'],
  ['[data-slate-editor]', 'beforeinput'],
  ['.ProseMirror', 'paste-lines'],
  ['.public-DraftEditor-content', 'paste'],
  ['.ql-editor', 'paste'],
];

/** The technique for a contenteditable box (its editing host). */
export function techniqueFor(box: HTMLElement): Technique {
  return EDITORS.find(([selector]) => box.closest(selector))?.[1] ?? 'command';
}
