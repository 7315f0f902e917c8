import { browser } from 'wxt/browser';
import { deskTabPatterns, deskUrlFor } from '../../domain/desk-url';

/** What "Abrir Blip Desk" did. */
export type OpenDeskResult = 'focused' | 'opened';

/**
 * Brings Blip Desk to the front: an open desk tab of the number's tenant (or any desk tab) is
 * selected and its window focused; with none, the tenant's desk opens in a new tab.
 */
export async function openDesk(host: string | undefined): Promise<OpenDeskResult> {
  const url = deskUrlFor(host);
  const tabs = await browser.tabs.query({ url: deskTabPatterns(url) });
  const origin = new URL(url).origin;
  const tab = tabs.find((candidate) => candidate.url?.startsWith(origin)) ?? tabs.find((candidate) => candidate.active) ?? tabs[0];
  if (tab?.id === undefined) {
    await browser.tabs.create({ url, active: true });
    return 'opened';
  }
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  return 'focused';
}
