import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page, WebWorker } from 'puppeteer-core';
import type { ExtensionSession } from './chromium';

const run = promisify(execFile);
type Chrome = {
  permissions: { contains(request: object): Promise<boolean> };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  action: { getBadgeText(details: object): Promise<string> };
  alarms: { create(name: string, info: object): Promise<void> };
};
/** The page's `chrome` (written out inside each evaluated function: they run in the page). */

/**
 * Answers Chrome's permission prompt ("Allow") the way a user does, in a headful Chromium on Xvfb:
 * Tab to the accept button, Enter. Only while the permission is not granted yet (with it, no prompt
 * shows and the keys would land on the page).
 */
export async function acceptPermissionPrompt(page: Page, display: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 1200));
  if (await page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.permissions.contains({ permissions: ['notifications'] }))) return;
  await run('xdotool', ['key', 'Tab', 'Return'], { env: { ...process.env, DISPLAY: display }, timeout: 15_000 });
  await page.waitForFunction(() => (globalThis as unknown as { chrome: Chrome }).chrome.permissions.contains({ permissions: ['notifications'] }), { timeout: 10_000 });
}

/** The ids of the desktop notifications the extension shows now (through the notifications API). */
export async function shownNotifications(page: Page): Promise<string[]> {
  return page.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()));
}

/** Takes a notification away as a user dismissing it would. */
export async function dismissNotification(page: Page, id: string): Promise<void> {
  await page.evaluate((notification) => (globalThis as unknown as { chrome: Chrome }).chrome.notifications.clear(notification), id);
}

export async function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}));
}

/** The background's alarm goes off now (as Chrome fires it when its time comes). */
export async function fireAlarm(page: Page, name: string): Promise<void> {
  await page.evaluate((alarm) => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.create(alarm, { when: Date.now() }), name);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `done` for up to `ms`; true once it holds. */
async function holdsWithin(done: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await pause(200)) if (await done()) return true;
  return done();
}

/**
 * Fires the alarm until `done` holds, as time passing would: a run of the background that was still
 * finishing when it fired sets the same alarm again for its next turn, replacing the one fired here.
 */
export async function fireAlarmUntil(page: Page, name: string, done: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    await fireAlarm(page, name);
    if (await holdsWithin(done, 2500)) return;
  }
  throw new Error(`The ${name} alarm fired for ${timeoutMs} ms without the expected outcome`);
}

/**
 * Clicks the notification popup Chromium draws on Linux without a notification service (a window about
 * 360 × 90 px at the bottom right of the screen), as the user would with the mouse, until `done` holds
 * (a popup still sliding in may miss the first click). Waits for it to be on screen (windows come and
 * go while it looks: a vanished one is skipped).
 */
export async function clickNotification(display: string, done: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    if (attempt && (await done())) return;
    if (!(await clickPopup(display))) break;
    if (await holdsWithin(done, 5000)) return;
  }
  throw new Error('Clicking the notification popup did not do what it should');
}

/** Clicks the lowest notification popup on screen; false when none shows within 10 s. */
async function clickPopup(display: string): Promise<boolean> {
  const env = { ...process.env, DISPLAY: display };
  const popups = async () => {
    const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--name', '.*'], { env }).catch(() => ({ stdout: '' }));
    const found: Array<{ x: number; y: number; width: number; height: number }> = [];
    for (const window of stdout.trim().split('\n').filter(Boolean)) {
      const geometry = await run('xdotool', ['getwindowgeometry', '--shell', window], { env }).then(({ stdout: text }) => Object.fromEntries(text.trim().split('\n').map((line) => line.split('=') as [string, string])), () => undefined);
      if (!geometry) continue;
      const [x, y, width, height] = ['X', 'Y', 'WIDTH', 'HEIGHT'].map((key) => Number(geometry[key])) as [number, number, number, number];
      if (width >= 250 && width <= 450 && height >= 50 && height <= 200) found.push({ x, y, width, height });
    }
    return found.sort((a, b) => b.y - a.y);
  };
  for (let waited = 0; waited < 10_000; waited += 250) {
    const [popup] = await popups();
    if (popup) {
      await run('xdotool', ['mousemove', String(popup.x + Math.round(popup.width / 3)), String(popup.y + Math.round(popup.height / 2))], { env });
      await pause(400);
      await run('xdotool', ['click', '1'], { env });
      return true;
    }
    await pause(250);
  }
  return false;
}

/** The background service worker, to move its clock as time passing would. */
export async function backgroundWorker(session: ExtensionSession): Promise<WebWorker> {
  const target = await session.browser.waitForTarget((candidate) => candidate.type() === 'service_worker' && candidate.url().startsWith(`chrome-extension://${session.extensionId}/`));
  return (await target.worker())!;
}

/** Moves the background's clock forward by `ms` (its `Date`; Chrome's alarms keep real time). */
export async function advanceWorkerClock(worker: WebWorker, ms: number): Promise<void> {
  await worker.evaluate((offset) => {
    const scope = globalThis as unknown as { Date: DateConstructor; __realDate?: DateConstructor; __clockOffset?: number };
    const Real = (scope.__realDate ??= scope.Date);
    scope.__clockOffset = (scope.__clockOffset ?? 0) + offset;
    const shifted = () => Real.now() + scope.__clockOffset!;
    scope.Date = class extends Real {
      constructor(...args: unknown[]) {
        if (args.length) super(...(args as [number]));
        else super(shifted());
      }
      static override now() {
        return shifted();
      }
    } as DateConstructor;
  }, ms);
}
