import type { Browser, CDPSession, Target } from 'puppeteer-core';
import { heapBytes } from '../ux/search-open';

/**
 * The extension's service worker heap over time: a reading every `everyMs` (200) of the JS heap in use (no
 * forced collection, so the sync runs undisturbed), following the worker across restarts.
 */
export class WorkerHeap {
  peak = 0;
  private samples = 0;
  private client?: { target: Target; cdp: CDPSession };
  private timer?: NodeJS.Timeout;
  private reading = false;

  constructor(
    private readonly browser: Browser,
    private readonly extensionId: string,
  ) {}

  start(everyMs = 200): void {
    this.timer = setInterval(() => void this.sample(), everyMs);
  }

  stop(): { peak: number; samples: number } {
    clearInterval(this.timer);
    return { peak: this.peak, samples: this.samples };
  }

  /** Stops reading and lets go of the worker (an attached inspector keeps a stopped worker's target alive). */
  async release(): Promise<void> {
    clearInterval(this.timer);
    while (this.reading) await new Promise((resolve) => setTimeout(resolve, 20));
    await this.client?.cdp.detach().catch(() => undefined);
    this.client = undefined;
  }

  /** The heap after a full garbage collection (what the worker keeps). */
  async settled(): Promise<number> {
    const cdp = await this.attach();
    return cdp ? heapBytes(cdp) : NaN;
  }

  private async sample(): Promise<void> {
    if (this.reading) return;
    this.reading = true;
    try {
      const cdp = await this.attach();
      if (!cdp) return;
      const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
      this.peak = Math.max(this.peak, usage.usedSize + (usage.backingStorageSize ?? 0));
      this.samples += 1;
    } catch {
      // The worker stopped between finding it and reading it: the next reading finds the new one.
    } finally {
      this.reading = false;
    }
  }

  private async attach(): Promise<CDPSession | undefined> {
    const target = this.browser.targets().find((candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(`chrome-extension://${this.extensionId}/`));
    if (!target) return undefined;
    if (this.client?.target !== target) {
      const worker = await target.worker();
      if (!worker) return undefined;
      this.client = { target, cdp: worker.client };
    }
    return this.client.cdp;
  }
}
