import { describe, expect, it } from 'vitest';
import { techniqueFor } from './editor-kind';

function host(html: string, selector: string): HTMLElement {
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
  return document.querySelector<HTMLElement>(selector)!;
}

describe('techniqueFor', () => {
  it.each([
    ['Lexical', '<div contenteditable="true" data-lexical-editor="true" id="box"></div>', 'beforeinput'],
    ['Slate', '<div contenteditable="true" data-slate-editor="true" id="box"></div>', 'beforeinput'],
    ['ProseMirror', '<div contenteditable="true" class="ProseMirror" id="box"></div>', 'paste-lines'],
    ['TipTap', '<div contenteditable="true" class="tiptap ProseMirror" id="box"></div>', 'paste-lines'],
    ['Draft.js', '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true" id="box"></div></div>', 'paste'],
    ['Quill', '<div class="ql-container"><div class="ql-editor" contenteditable="true" id="box"></div></div>', 'paste'],
    ['an editor we do not know', '<div contenteditable="true" class="composer" id="box"></div>', 'command'],
  ])('%s takes %s', (_editor, html, technique) => {
    expect(techniqueFor(host(html, '#box'))).toBe(technique);
  });
});
