/**
 * A page standing in for desk.blip.ai's conversation pane: the composer uses the real desk's ids
 * (`textarea#text-input`, `#blip-send-message`, blip-api.md §14.3). Sending appends to the list,
 * so tests can prove an insertion never sends by itself. Two more boxes stand for the editors a
 * Desk build may use instead: a React-controlled textarea (`#react-input`, state in `#react-state`,
 * script `/desk-react.js`) and a contenteditable editor (`#rich-input`, its model in `#rich-state`).
 * The new boxes send only from their buttons.
 */
export function deskPage(): string {
  return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Blip Desk (sandbox)</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 0; display: flex; flex-direction: column; height: 100vh; }
  header { padding: 8px 16px; background: #0b63c5; color: #fff; }
  #messages { flex: 1; overflow: auto; padding: 16px; list-style: none; margin: 0; }
  #messages li { background: #e9eef5; border-radius: 8px; padding: 6px 10px; margin: 4px 0; max-width: 70%; margin-left: auto; white-space: pre-wrap; }
  .composer { border-top: 1px solid #ccc; padding: 4px 16px 12px; }
  .box-title { font-size: 12px; font-weight: 600; color: #555; margin: 10px 0 4px; }
  .pane-chat-message-input, .composer-row { display: flex; gap: 8px; align-items: flex-start; }
  .pane-chat-message-input textarea, .composer-row textarea, #rich-input { flex: 1; min-height: 48px; font: inherit; box-sizing: border-box; }
  #rich-input { border: 1px solid #767676; border-radius: 2px; padding: 2px 4px; white-space: pre-wrap; }
  .state { margin: 2px 0 0; font-size: 12px; color: #555; }
  .state output { white-space: pre-wrap; }
</style>
</head>
<body>
<header><strong>Blip Desk</strong> · sandbox · <span id="ticket-sequential-id">#5000</span></header>
<ul id="messages" aria-label="Mensajes enviados"></ul>
<section class="composer" aria-label="Redactar">
<p class="box-title">Textarea</p>
<div class="pane-chat-message-input">
  <label for="text-input" style="position:absolute;left:-9999px">Mensaje</label>
  <textarea id="text-input" placeholder="Escreva uma mensagem..."></textarea>
  <button id="blip-send-message" type="button">Enviar</button>
</div>
<p class="box-title">React</p>
<div id="react-root"></div>
<p class="box-title">Editor</p>
<div class="composer-row">
  <div id="rich-input" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Mensaje (editor)"></div>
  <button id="rich-send" type="button">Enviar</button>
</div>
<p class="state">Estado del editor: <output id="rich-state"></output></p>
</section>
<script>
  const box = document.getElementById('text-input');
  const list = document.getElementById('messages');
  function sendMessage() {
    if (!box.value.trim()) return;
    const item = document.createElement('li');
    item.textContent = box.value;
    list.append(item);
    box.value = '';
  }
  document.getElementById('blip-send-message').addEventListener('click', sendMessage);
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); sendMessage(); }
  });

  // The editor keeps its own model, fed only by input events, as rich editors do.
  const editor = document.getElementById('rich-input');
  const editorState = document.getElementById('rich-state');
  editor.addEventListener('input', () => { editorState.textContent = editor.innerText; });
  document.getElementById('rich-send').addEventListener('click', () => {
    const text = editor.innerText;
    if (!text.trim()) return;
    const item = document.createElement('li');
    item.textContent = text;
    list.append(item);
    editor.replaceChildren();
    editorState.textContent = '';
  });
</script>
<script src="/desk-react.js" defer></script>
</body>
</html>`;
}
