/**
 * A page standing in for desk.blip.ai's conversation pane: the composer uses the real desk's ids
 * (`textarea#text-input`, `#blip-send-message`, blip-api.md §14.3). Sending appends to the list,
 * so tests can prove an insertion never sends by itself.
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
  .pane-chat-message-input { display: flex; gap: 8px; padding: 12px 16px; border-top: 1px solid #ccc; }
  .pane-chat-message-input textarea { flex: 1; min-height: 48px; font: inherit; }
</style>
</head>
<body>
<header><strong>Blip Desk</strong> · sandbox · <span id="ticket-sequential-id">#1024</span></header>
<ul id="messages" aria-label="Mensajes enviados"></ul>
<div class="pane-chat-message-input">
  <label for="text-input" style="position:absolute;left:-9999px">Mensaje</label>
  <textarea id="text-input" placeholder="Escreva uma mensagem..."></textarea>
  <button id="blip-send-message" type="button">Enviar</button>
</div>
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
</script>
</body>
</html>`;
}
