import { startDeskReplies } from '@/lib/desk/desk-replies';

/**
 * The desk page's content script: small and idle until used. No network, no IndexedDB, no keys —
 * it asks the background for replies when the agent opens the palette.
 */
export default defineContentScript({
  matches: ['https://desk.blip.ai/*', 'https://*.desk.blip.ai/*', 'http://127.0.0.1/desk*', 'http://localhost/desk*'],
  runAt: 'document_idle',
  main() {
    startDeskReplies(document);
    document.documentElement.dataset.asistenciaCompanion = 'ready';
  },
});
