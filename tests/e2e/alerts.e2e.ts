import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { startXvfb } from './harness/xvfb';
import { clickButton, waitForText } from './harness/ui';
import { sandboxState, setCapabilities } from './harness/sandbox';
import { advanceSandboxClock, blipCommand, setNumberHours } from './harness/hours';
import { acceptPermissionPrompt, advanceWorkerClock, backgroundWorker, badgeText, clickNotification, dismissNotification, fireAlarmUntil, shownNotifications } from './harness/notifications';
import type { ExtensionSession } from './harness/chromium';
import { parseTimeSpan } from '../../lib/domain/timespan';

/** The background's alert alarm (lib/background/alerts/alerts-jobs.ts). */
const ALERTS_ALARM = 'alerts-check';
const MINUTE = 60_000;

async function openAlerts(page: Page, installationId: string): Promise<void> {
  await page.click('#tab-monitoreo');
  await page.waitForSelector('select[aria-label="Números"]');
  await page.select('select[aria-label="Números"]', installationId);
  await page.waitForSelector('[data-testid="alert-settings"]');
  await page.$eval('[data-testid="alert-settings"]', (details) => ((details as HTMLDetailsElement).open = true));
}

async function setThreshold(page: Page, field: string, value: string): Promise<void> {
  await page.$eval(`#alert-${field}`, (input) => ((input as HTMLInputElement).value = ''));
  await page.type(`#alert-${field}`, value);
  await clickButton(page, 'Guardar alertas');
}

/** What the alert status line of the number shown says. */
const statusText = (page: Page) => page.$eval('[data-testid="alert-status"]', (node) => node.textContent ?? '').catch(() => '(no status line)');

/** How far the background's clock was moved so far (each test moves it on from there). */
let workerOffset = 0;

/**
 * The next check of the number shown, without waiting for it: the background's clock moves on (by a
 * check period unless `to` says where) and its alarm goes off, as Chrome fires it when the time comes;
 * returns once the status line shows the check.
 */
async function nextCheck(session: ExtensionSession, page: Page, to?: number): Promise<void> {
  const before = await page.$eval('[data-testid="alert-status"]', (node) => Number(node.getAttribute('data-checked-at'))).catch(() => 0);
  const step = to === undefined ? 31_000 : to - Date.now() - workerOffset;
  workerOffset += step;
  await advanceWorkerClock(await backgroundWorker(session), step);
  await fireAlarmUntil(page, ALERTS_ALARM, () => page.$eval('[data-testid="alert-status"]', (node, previous) => Number(node.getAttribute('data-checked-at')) > previous, before).catch(() => false));
}

/**
 * Alerts in a real Chromium window (on Xvfb: the permission prompt and the notification popups are
 * the browser's own, answered and clicked with the keyboard and mouse): one notification per breach,
 * the badge, the panel's line, recovery, quiet hours, and a click that opens the side panel.
 */
describe('alerts with the panel closed', () => {
  let xvfb: Awaited<ReturnType<typeof startXvfb>>;
  beforeAll(async () => {
    xvfb = await startXvfb();
  });
  afterAll(() => xvfb?.stop());
  const context = useConnectedExtension({ display: () => xvfb.display });
  let page: Page;
  let sulOpensAt: number;

  beforeAll(async () => {
    await setNumberHours(context.session, context.ids.andes!, 'America/Bogota', { open: true });
    for (const bot of ['norte', 'sul']) await setCapabilities(context.sandbox, bot, { attendanceHours: false });
    await setNumberHours(context.session, context.ids.norte!, 'America/Mexico_City', { open: true });
    sulOpensAt = (await setNumberHours(context.session, context.ids.sul!, 'America/Sao_Paulo', { opensInHours: 6 }))!;
    page = await context.session.open('sidepanel');
  });

  it('notifies once when the queue wait crosses its threshold, counts it on the badge and in the panel, and clears it when the queue recovers', async () => {
    const figures = await sandboxState<{ waitingTickets: Array<{ queueTime: string }> }>(context.sandbox, 'andes', 'monitoring');
    const longest = Math.max(...figures.waitingTickets.map((ticket) => parseTimeSpan(ticket.queueTime)!));
    const threshold = Math.floor(longest / MINUTE) + 3;
    await openAlerts(page, context.ids.andes!);
    await setThreshold(page, 'maxQueueMinutes', String(threshold));
    await acceptPermissionPrompt(page, xvfb.display);
    await waitForText(page, 'Revisado hace', '[data-testid="alert-status"]');
    expect(await shownNotifications(page)).toEqual([]);
    expect(await badgeText(page)).toBe('');

    await advanceSandboxClock(context.sandbox, 5 * MINUTE);
    await nextCheck(context.session, page);
    const id = `alert:${context.ids.andes}:queue-wait`;
    await expect.poll(() => shownNotifications(page)).toEqual([id]);
    expect(await badgeText(page)).toBe('1');
    expect(await waitForText(page, 'Clínica Andes', '[data-testid="alerts-line"]')).toContain('en la cola');

    // Still over the threshold at the next check: no second notification for the same breach.
    await dismissNotification(page, id);
    await nextCheck(context.session, page);
    expect(await shownNotifications(page)).toEqual([]);
    expect(await badgeText(page)).toBe('1');

    const tickets = await sandboxState<Array<{ id: string; status: string }>>(context.sandbox, 'andes', 'tickets');
    for (const ticket of tickets.filter((candidate) => candidate.status === 'Waiting')) {
      expect((await blipCommand(context.sandbox, 'andes', { to: 'postmaster@desk.msging.net', method: 'set', uri: '/tickets/change-status', type: 'application/vnd.iris.ticket+json', resource: { id: ticket.id, status: 'Open', agentIdentity: 'camila.gomez%40demo.blip.ai@blip.ai' } })).status).toBe('success');
    }
    await nextCheck(context.session, page);
    expect(await badgeText(page)).toBe('');
    await page.waitForFunction(() => !document.querySelector('[data-testid="alerts-line"]'));
  });

  it('opens the side panel on Monitoreo for the number when its notification is clicked', async () => {
    await openAlerts(page, context.ids.norte!);
    await setThreshold(page, 'queueSize', '1');
    const id = `alert:${context.ids.norte}:queue-size`;
    await expect.poll(() => shownNotifications(page), { timeout: 20_000 }).toEqual([id]);
    expect(await badgeText(page)).toBe('1');
    // The tab shows another number meanwhile: the panel must go to the alert's one.
    await page.select('select[aria-label="Números"]', context.ids.sul!);
    const panels = () => context.session.browser.targets().filter((target) => target.url().endsWith('/sidepanel.html'));
    const before = panels().length;
    await clickNotification(xvfb.display, async () => panels().length === before + 1);
    const panel = await panels().find((target) => target !== page.target())!.asPage();
    await panel.waitForFunction((number) => (document.querySelector('select[aria-label="Números"]') as HTMLSelectElement | null)?.value === number, { timeout: 15_000 }, context.ids.norte);
    await page.waitForFunction((number) => (document.querySelector('select[aria-label="Números"]') as HTMLSelectElement | null)?.value === number, {}, context.ids.norte);
    await expect.poll(() => shownNotifications(page)).toEqual([]);
  });

  it('stays quiet outside the number\'s business hours, alerts when it opens, and ends an alert when its number closes or its hours change', async () => {
    await openAlerts(page, context.ids.sul!);
    await setThreshold(page, 'queueSize', '1');
    // The first check of a new rule may wait for the alerts alarm's next round (30 s).
    await expect.poll(() => statusText(page), { timeout: 45_000 }).toContain('Fuera del horario de atención');
    expect(await shownNotifications(page)).toEqual([]);
    expect(await badgeText(page)).toBe('1');

    // At Loja Sul's opening its queue (the same tickets) is over the threshold; Tienda Norte is closed by then.
    await nextCheck(context.session, page, sulOpensAt + MINUTE);
    await expect.poll(() => shownNotifications(page), { timeout: 20_000 }).toEqual([`alert:${context.ids.sul}:queue-size`]);
    expect(await badgeText(page)).toBe('1');
    const lines = await page.$$eval('[data-testid="alerts-line"]', (all) => all.map((line) => line.textContent).join('\n'));
    expect(lines).toContain('Loja Sul');
    expect(lines).not.toContain('Tienda Norte');

    // Its hours changed in the extension so that it is closed now: checked again at once, the alert ends.
    await setNumberHours(context.session, context.ids.sul!, 'America/Sao_Paulo', { opensInHours: 6 }, Date.now() + workerOffset);
    await expect.poll(() => shownNotifications(page), { timeout: 20_000 }).toEqual([]);
    await expect.poll(() => badgeText(page)).toBe('');
    await expect.poll(() => statusText(page)).toContain('Fuera del horario de atención');
  }, 120_000);
});
