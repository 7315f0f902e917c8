import { browser } from 'wxt/browser';

/** Opens Chrome's side panel or Firefox's sidebar for the current window (needs the click's user gesture). */
export async function openSidePanel(): Promise<void> {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: { open(options: { windowId: number }): Promise<void> } } }).chrome?.sidePanel;
  if (chromeSidePanel) {
    const current = await browser.windows.getCurrent();
    await chromeSidePanel.open({ windowId: current.id! });
  } else {
    await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  }
  window.close();
}
