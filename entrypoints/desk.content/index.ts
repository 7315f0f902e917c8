import { startDeskReplies } from '@/lib/desk/desk-replies';
import { offerPageBridge } from '@/lib/desk/insertion/page-bridge';
import { DESK_MATCHES } from '@/lib/desk/desk-hosts';

/**
 * The desk page's content script, in every frame of the desk: small and idle until used. No
 * network, no IndexedDB, no keys — it asks the background for replies when the agent opens the
 * palette. It starts with the document so that, in Firefox, it hands its page-world helper a private
 * channel before any page script runs.
 */
export default defineContentScript({
  matches: DESK_MATCHES,
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main() {
    const bridge = import.meta.env.FIREFOX ? offerPageBridge(document) : undefined;
    startDeskReplies(document, bridge);
    const ready = () => (document.documentElement.dataset.asistenciaCompanion = 'ready');
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready, { once: true });
    else ready();
  },
});
