import { startDeskReplies } from '@/lib/desk/desk-replies';
import { DESK_MATCHES } from '@/lib/desk/desk-hosts';

/**
 * The desk page's content script: small and idle until used. No network, no IndexedDB, no keys —
 * it asks the background for replies when the agent opens the palette.
 */
export default defineContentScript({
  matches: DESK_MATCHES,
  runAt: 'document_idle',
  main() {
    startDeskReplies(document);
    document.documentElement.dataset.asistenciaCompanion = 'ready';
  },
});
