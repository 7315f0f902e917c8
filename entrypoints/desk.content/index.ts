import { trackEditableFocus } from '@/lib/desk/editable-focus';

/**
 * The desk page's content script: small and idle until used. No network, no IndexedDB, no keys —
 * it asks the background for what it needs.
 */
export default defineContentScript({
  matches: ['https://desk.blip.ai/*', 'https://*.desk.blip.ai/*', 'http://127.0.0.1/desk*', 'http://localhost/desk*'],
  runAt: 'document_idle',
  main() {
    trackEditableFocus(document);
    document.documentElement.dataset.asistenciaCompanion = 'ready';
  },
});
