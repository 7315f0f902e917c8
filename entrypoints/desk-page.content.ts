import { acceptPageBridge } from '@/lib/desk/insertion/page-helper';
import { DESK_MATCHES } from '@/lib/desk/desk-hosts';

/**
 * Firefox only: a helper in the desk page's own world, where the page's editors can read the data of
 * the events it dispatches for an insertion (those the content script dispatches reach them empty).
 * It talks to the content script over a private channel and holds nothing of the extension's.
 */
export default defineContentScript({
  matches: DESK_MATCHES,
  include: ['firefox'],
  world: 'MAIN',
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    acceptPageBridge(document);
  },
});
