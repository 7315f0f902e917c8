/**
 * A page standing in for desk.blip.ai's conversation pane, and a bench of the editors a Desk build
 * may use. The composer uses the real desk's ids (`textarea#text-input`, `#blip-send-message`,
 * blip-api.md §14.3): Enter or the button sends, and sending appends to the list, so tests can prove
 * an insertion never sends by itself. Below it, one box per editor kind, each built with the editor's
 * real package and showing its editor's own model (see bench-model.ts), plus a box inside an open
 * shadow root and one inside a same-origin frame added after the page loaded.
 */

/** The bench's boxes: `box` names the model (`window.deskBench[box]`), `kind` the editor script. */
const BOXES = [
  { box: 'react', kind: 'react', title: 'React (textarea controlado)', label: 'Mensaje (React)', root: 'div', id: 'react-root' },
  { box: 'rich', kind: 'contenteditable', title: 'contenteditable', label: 'Mensaje (editor)', root: 'div contenteditable="true" role="textbox" aria-multiline="true"', id: 'rich-input' },
  { box: 'lexical', kind: 'lexical', title: 'Lexical', label: 'Mensaje (Lexical)', root: 'div', id: 'lexical-input' },
  { box: 'slate', kind: 'slate', title: 'Slate', label: 'Mensaje (Slate)', root: 'div', id: 'slate-root' },
  { box: 'draft', kind: 'draft', title: 'Draft.js', label: 'Mensaje (Draft.js)', root: 'div', id: 'draft-root' },
  { box: 'prosemirror', kind: 'prosemirror', title: 'ProseMirror', label: 'Mensaje (ProseMirror)', root: 'div', id: 'prosemirror-root' },
  { box: 'tiptap', kind: 'tiptap', title: 'TipTap', label: 'Mensaje (TipTap)', root: 'div', id: 'tiptap-root' },
  { box: 'quill', kind: 'quill', title: 'Quill', label: 'Mensaje (Quill)', root: 'div', id: 'quill-root' },
  { box: 'keys', kind: 'keys-only', title: 'Editor que solo acepta teclas (ninguna técnica lo alcanza)', label: 'Mensaje (solo teclas)', root: 'div contenteditable="true" role="textbox"', id: 'keys-input' },
  { box: 'shadow', kind: 'shadow', title: 'contenteditable en un shadow root', label: 'Mensaje (shadow root)', root: 'desk-shadow-box', id: 'shadow-host' },
] as const;

const SCRIPTS = ['plain', 'react', 'lexical', 'slate', 'draft', 'prosemirror', 'tiptap', 'quill'];

const STYLE = `
  body { font: 14px system-ui, sans-serif; margin: 0; }
  header { padding: 8px 16px; background: #0b63c5; color: #fff; position: sticky; top: 0; z-index: 1; }
  #messages { min-height: 40px; padding: 8px 16px; list-style: none; margin: 0; }
  #messages li { background: #e9eef5; border-radius: 8px; padding: 6px 10px; margin: 4px 0; max-width: 70%; margin-left: auto; white-space: pre-wrap; }
  .composer { border-top: 1px solid #ccc; padding: 4px 16px 12px; }
  .box-title { font-size: 12px; font-weight: 600; color: #555; margin: 14px 0 4px; }
  .pane-chat-message-input, .composer-row { display: flex; gap: 8px; align-items: flex-start; }
  .pane-chat-message-input textarea, .composer-row textarea { flex: 1; min-height: 48px; font: inherit; box-sizing: border-box; }
  [contenteditable], .ql-editor, iframe { display: block; min-height: 48px; border: 1px solid #767676; border-radius: 2px; padding: 2px 4px; white-space: pre-wrap; word-wrap: break-word; outline-offset: 1px; }
  .ProseMirror, .ql-editor { white-space: pre-wrap; }
  [contenteditable] p, .ql-editor p { margin: 0; }
  .public-DraftEditor-content { white-space: pre-wrap; }
  iframe { width: 100%; height: 96px; padding: 0; box-sizing: border-box; }
  .state { margin: 2px 0 0; font-size: 12px; color: #555; }
  .state output { white-space: pre-wrap; }
`;

/** A box's title, its editor's mount point and the line that shows its model. */
function benchBox({ box, kind, title, label, root, id }: (typeof BOXES)[number]): string {
  const [tag] = root.split(' ');
  return `<p class="box-title">${title}</p>
<${root} id="${id}" data-editor="${kind}" data-box="${box}" data-label="${label}"${root.includes('contenteditable') ? ` aria-label="${label}"` : ''}></${tag}>
<p class="state">Modelo: <output id="${box}-state"></output></p>`;
}

/** The frame's document: a Lexical editor with its model, as a micro-frontend would hold the composer. */
const FRAME = `<!doctype html><html lang="es"><head><meta charset="utf-8"><style>${STYLE} body { padding: 4px; }</style></head><body>
<div id="frame-input" data-editor="lexical" data-box="frame" data-label="Mensaje (marco)"></div>
<p class="state">Modelo: <output id="frame-state"></output></p>
<script src="/desk/editors/lexical.js"></script></body></html>`;

export function deskPage(): string {
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Blip Desk (sandbox)</title>
<style>${STYLE}</style>
</head>
<body>
<header><strong>Blip Desk</strong> · sandbox · <span id="ticket-sequential-id">#5000</span></header>
<ul id="messages" aria-label="Mensajes enviados"></ul>
<section class="composer" aria-label="Redactar">
<p class="box-title">Textarea</p>
<div class="pane-chat-message-input">
  <label for="text-input" style="position:absolute;left:-9999px">Mensaje</label>
  <textarea id="text-input" data-box="text" placeholder="Escreva uma mensagem..."></textarea>
  <button id="blip-send-message" type="button">Enviar</button>
</div>
<p class="state">Modelo: <output id="text-state"></output></p>
${BOXES.map(benchBox).join('\n')}
<p class="box-title">Lexical en un marco del mismo origen</p>
<div id="frame-slot"></div>
</section>
${SCRIPTS.map((name) => `<script src="/desk/editors/${name}.js" defer></script>`).join('\n')}
<script>
  // The frame arrives after the page loaded, as a micro-frontend's would.
  addEventListener('load', () => {
    const frame = document.createElement('iframe');
    frame.id = 'desk-frame';
    frame.name = 'desk-frame';
    frame.title = 'Editor en un marco';
    frame.srcdoc = ${JSON.stringify(FRAME).replace(/</g, '\\u003c')};
    document.getElementById('frame-slot').append(frame);
  });
</script>
</body>
</html>`;
}
