import type { Browser, CDPSession, Page, Target } from 'puppeteer-core';

/**
 * Stops the extension's service worker the moment it is asked, as Chrome does with an idle worker:
 * through an inspector session opened beforehand on one of the extension's pages (opening a page at
 * the moment of the kill would let the sync run on for a second or more).
 */
export class WorkerKiller {
  private constructor(
    private readonly browser: Browser,
    private readonly extensionId: string,
    private readonly cdp: CDPSession,
  ) {}

  static async on(page: Page, extensionId: string): Promise<WorkerKiller> {
    const cdp = await page.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    return new WorkerKiller(page.browser(), extensionId, cdp);
  }

  async kill(): Promise<void> {
    await this.cdp.send('ServiceWorker.stopAllWorkers');
    const isWorker = (target: Target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${this.extensionId}/`);
    for (let waited = 0; this.browser.targets().some(isWorker); waited += 20) {
      if (waited > 10_000) throw new Error('The service worker did not stop');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
