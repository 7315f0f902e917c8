import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clearFaults, sandboxState, setFault } from './harness/sandbox';
import { useConnectedExtension } from './harness/setup';
import { waitForText } from './harness/ui';
import { formatDuration, parseTimeSpan } from '../../lib/domain/timespan';
import { deskDayStart } from '../../sandbox/desk/desk-day';

interface Ticket {
  status: string;
  storageDate: string;
  openDate?: string;
  firstResponseDate?: string;
  closed: boolean;
}
interface Figures {
  tickets: { waiting: number; open: number; closed: number; closedClient: number; missed: number };
  metrics: { avgFirstResponseTime: string };
  attendants: Array<{ status: string }>;
}

const BOTS = ['norte', 'sul', 'andes'];

async function metric(page: Page, id: string): Promise<string> {
  return page.$eval(`[data-testid="metric-${id}"]`, (node) => node.textContent ?? '');
}

async function openBoard(page: Page, scope: string) {
  await page.click('#tab-monitoreo');
  await page.waitForSelector('select[aria-label="Números"]');
  await page.select('select[aria-label="Números"]', scope);
}

/** Monitoreo shows the sandbox's figures, aggregates all numbers correctly, and keeps them on failure. */
describe('monitoring board', () => {
  const context = useConnectedExtension();

  it("matches one number's figures", async () => {
    const figures = await sandboxState<Figures>(context.sandbox, 'norte', 'monitoring');
    const page = await context.session.open('sidepanel');
    await openBoard(page, context.ids.norte!);
    await page.waitForFunction((waiting) => document.querySelector('[data-testid="metric-waiting"]')?.textContent === String(waiting), {}, figures.tickets.waiting);
    const { waiting, open, closed, closedClient, missed } = figures.tickets;
    expect(await metric(page, 'open')).toBe(String(open));
    expect(await metric(page, 'today-total')).toBe(String(waiting + open + closed));
    expect(await metric(page, 'today-open')).toBe(String(waiting + open));
    expect(await metric(page, 'today-closed')).toBe(String(closed));
    expect(await metric(page, 'today-abandoned')).toBe(String(closedClient));
    expect(await metric(page, 'today-lost')).toBe(String(missed));
    expect(await metric(page, 'avg-first-response')).toBe(formatDuration(parseTimeSpan(figures.metrics.avgFirstResponseTime)));
    expect(await metric(page, 'online')).toBe(String(figures.attendants.filter((agent) => agent.status === 'Online').length));
    await waitForText(page, 'Actualizado hace', '[data-testid="monitoring-updated"]');

    await page.click('[data-testid="metric-waiting"]');
    const rows = await page.$$eval('[data-testid="list-waiting"] .card', (nodes) => nodes.length);
    expect(rows).toBe(waiting);
  });

  it('adds counts and weights averages over all numbers', async () => {
    const tickets = (await Promise.all(BOTS.map((bot) => sandboxState<Ticket[]>(context.sandbox, bot, 'tickets')))).flat();
    const startOfDay = deskDayStart(Date.now());
    const open = tickets.filter((ticket) => ticket.status === 'Open');
    const closedToday = tickets.filter((ticket) => ticket.closed && Date.parse(ticket.storageDate) >= startOfDay);
    const attended = [...open, ...closedToday.filter((ticket) => ticket.firstResponseDate)];
    const overallFirstResponse = attended.reduce((sum, ticket) => sum + Date.parse(ticket.firstResponseDate!) - Date.parse(ticket.openDate!), 0) / attended.length;
    const waiting = tickets.filter((ticket) => ticket.status === 'Waiting').length;

    const page = await context.session.open('sidepanel');
    await openBoard(page, 'all');
    await page.waitForFunction((count) => document.querySelector('[data-testid="metric-waiting"]')?.textContent === String(count), {}, waiting);
    expect(await metric(page, 'open')).toBe(String(open.length));
    expect(await metric(page, 'today-closed')).toBe(String(closedToday.length));
    expect(await metric(page, 'today-lost')).toBe(String(closedToday.filter((ticket) => !ticket.openDate).length));
    expect(await metric(page, 'avg-first-response')).toBe(formatDuration(overallFirstResponse));
  });

  it('keeps the last figures with a warning when a number fails', async () => {
    const page = await context.session.open('sidepanel');
    await openBoard(page, 'all');
    const all = await Promise.all(BOTS.map((bot) => sandboxState<Figures>(context.sandbox, bot, 'monitoring')));
    const before = String(all.reduce((sum, { tickets }) => sum + tickets.waiting + tickets.open + tickets.closed, 0));
    await page.waitForFunction((total) => document.querySelector('[data-testid="metric-today-total"]')?.textContent === total, {}, before);
    await setFault(context.sandbox, { kind: 'http500', bot: 'sul' });
    await page.evaluate(() => ([...document.querySelectorAll('.monitoring button')].find((button) => button.textContent === 'Actualizar') as HTMLButtonElement).click());
    const warning = await waitForText(page, 'No se pudo actualizar Loja Sul', '[data-testid="monitoring-warning"]');
    expect(warning).toContain('Blip tuvo un error interno (HTTP 500).');
    expect(warning).toMatch(/Se muestran los últimos datos, de hace \d+ s\./);
    expect(await metric(page, 'today-total')).toBe(before);
    await clearFaults(context.sandbox);
    await page.evaluate(() => ([...document.querySelectorAll('.monitoring button')].find((button) => button.textContent === 'Actualizar') as HTMLButtonElement).click());
    await page.waitForFunction(() => !document.querySelector('[data-testid="monitoring-warning"]'));
  });
});
