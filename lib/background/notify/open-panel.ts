import { browser } from 'wxt/browser';
import type { Database } from '../../db/database';
import { writeSetting } from '../../db/settings';
import type { PanelTarget } from '../../domain/panel-request';

type ChromeSidePanel = { open(options: { windowId: number }): Promise<void> };
type FirefoxSidebar = { open(): Promise<void>; isOpen(details: object): Promise<boolean> };

/**
 * Opens the side panel on what a notification is about. Call it synchronously from the click: Chrome
 * counts a notification click as a user gesture, so `sidePanel.open` works there (and only there; the
 * target may still be on its way, the panel follows it when it is stored). Firefox does not count it
 * (its user actions are toolbar, menu and shortcut clicks): an open sidebar follows the stored request
 * at once, and when none is open the panel opens in a tab.
 */
export function openPanelFor(db: Database, request: Promise<{ installationId: string; target: PanelTarget } | undefined>): void {
  const chrome = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel; windows?: { WINDOW_ID_CURRENT: number } } }).chrome;
  const sidebar = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;
  const opened = chrome?.sidePanel
    ? chrome.sidePanel.open({ windowId: chrome.windows?.WINDOW_ID_CURRENT ?? -2 })
    : sidebar
      ? sidebar.open().catch(async (error: unknown) => ((await sidebar.isOpen({})) ? undefined : Promise.reject(error)))
      : Promise.reject(new Error('no side panel'));
  const stored = request.then((found) => found && writeSetting(db, 'panelRequest', { installationId: found.installationId, ...found.target, at: Date.now() }));
  void opened.catch(async () => {
    await stored;
    await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
  });
}
