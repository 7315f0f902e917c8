import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The sandbox build (`npm run build:sandbox`): the release build knows no local hosts. */
export const CHROME_BUILD = path.resolve('.output/chrome-mv3-sandbox');

/** Flags that keep Chromium quiet on a closed network (toolchain.md). */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-default-apps',
];

export type ExtensionPage = 'sidepanel' | 'popup' | 'options';

export interface ExtensionSession {
  browser: Browser;
  extensionId: string;
  /** Opens an extension page as a tab (the real side panel needs a user gesture). */
  open(page: ExtensionPage): Promise<Page>;
  /** Calls the background's RPC from an extension page, as the UI does. Throws `{ code, details }` on failure. */
  rpc<T = unknown>(name: string, input?: unknown): Promise<T>;
  /** Stops the background service worker, as Chrome does when it is idle. */
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium with the built extension installed, in Spanish unless told otherwise.
 * Headless unless `display` names an X display (e.g. Xvfb's) to open a real window on. With
 * `userDataDir`, the profile (and the extension's database) is kept for a later launch.
 */
export async function launchExtension(options: { display?: string; args?: string[]; language?: string; userDataDir?: string } = {}): Promise<ExtensionSession> {
  const language = options.language ?? 'es';
  // A profile given by the caller outlives this browser (a restart opens it again); ours is deleted on close.
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'asistencia-chromium-')));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: options.display === undefined,
    pipe: true,
    enableExtensions: true,
    defaultViewport: { width: 420, height: 900 },
    args: [...QUIET_FLAGS, `--user-data-dir=${userDataDir}`, `--lang=${language}`, `--accept-lang=${language}`, ...(options.args ?? [])],
    env: { ...process.env, LANGUAGE: language, LANG: `${language.replace('-', '_')}.UTF-8`, ...(options.display ? { DISPLAY: options.display } : {}) },
  });
  const extensionId = await browser.installExtension(CHROME_BUILD);
  await waitForWorker(browser, extensionId);
  let rpcPage: Page | undefined;

  const open = async (page: ExtensionPage) => {
    const tab = await browser.newPage();
    await tab.goto(`chrome-extension://${extensionId}/${page}.html`);
    return tab;
  };

  return {
    browser,
    extensionId,
    open,
    async rpc<T>(name: string, input?: unknown) {
      if (!rpcPage || rpcPage.isClosed()) rpcPage = await open('options');
      const reply = await rpcPage.evaluate(
        (request) => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(request),
        { rpc: name, input },
      );
      const typed = reply as { ok: boolean; value?: T; error?: { code: string; message: string; details?: Record<string, unknown> } };
      if (!typed?.ok) throw Object.assign(new Error(typed?.error?.message ?? 'no reply'), { code: typed?.error?.code, details: typed?.error?.details ?? {} });
      return typed.value as T;
    },
    async stopWorker() {
      const page = await open('options');
      const cdp = await page.createCDPSession();
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await page.close();
      rpcPage = undefined;
      const isWorker = (target: Target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${extensionId}/`);
      for (let waited = 0; browser.targets().some(isWorker); waited += 100) {
        if (waited > 10_000) throw new Error('The service worker did not stop');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async close() {
      await browser.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

async function waitForWorker(browser: Browser, extensionId: string): Promise<Target> {
  return browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${extensionId}/`), { timeout: 20_000 });
}
