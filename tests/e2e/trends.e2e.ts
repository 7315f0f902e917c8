import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { blipCommand } from './harness/hours';
import { seriousViolations } from './harness/axe';
import { formatDuration, parseTimeSpan } from '../../lib/domain/timespan';

const DESK = 'postmaster@desk.msging.net';
const DAY = 86_400_000;
const HOUR = 3_600_000;
const BOTS = ['norte', 'sul', 'andes'];

interface DaySummary { date: string; waiting: number; open: number; closed: number; closedAttendant: number; closedClient: number; transferred: number; missed: number }
interface Timings { avgFirstResponseTime: string; avgAttendanceTime: string }
interface AgentSummary { identity: string; openedTickets: number; closedTickets: number; averageFirstResponseTime: string; averageAttendanceTime: string }

/** The browser's calendar day (the panel asks Blip for the days of the agent's calendar). */
const localDay = (instant: number) => new Date(instant - new Date(instant).getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
const lastDays = (count: number) => Array.from({ length: count }, (_, index) => localDay(Date.now() - (count - 1 - index) * DAY));
/** The day a report item stands for: Blip dates it at its start in the tenant's zone. */
const reportDay = (date: string) => new Date(Math.round(Date.parse(date) / DAY) * DAY).toISOString().slice(0, 10);
const count = (value: number) => new Intl.NumberFormat('es').format(value);
const duration = (text: string) => formatDuration(parseTimeSpan(text));

async function report<T>(context: ReturnType<typeof useConnectedExtension>, bot: string, uri: string): Promise<T> {
  const reply = await blipCommand(context.sandbox, bot, { to: DESK, method: 'get', uri });
  expect(reply.status).toBe('success');
  return reply.resource as T;
}

/** The cells of a chart's table, by row key and column. */
async function tableOf(page: Page, chart: string): Promise<Record<string, Record<string, string>>> {
  await page.waitForSelector(`[data-chart-table="${chart}"]`);
  return page.$eval(`[data-chart-table="${chart}"]`, (table) =>
    Object.fromEntries([...table.querySelectorAll('tbody tr')].map((row) => [row.getAttribute('data-row'), Object.fromEntries([...row.querySelectorAll('td')].map((cell) => [cell.getAttribute('data-column'), cell.textContent ?? '']))])),
  );
}

async function openTrends(page: Page, scope: string, period: 'Hoy' | '7 días' | '30 días'): Promise<void> {
  await page.click('#tab-monitoreo');
  await page.waitForSelector('select[aria-label="Números"]');
  await page.select('select[aria-label="Números"]', scope);
  await page.$eval('[data-testid="trends"]', (details) => ((details as HTMLDetailsElement).open = true));
  await page.evaluate((label) => ([...document.querySelectorAll('[data-testid="trends"] .view-switch button')].find((button) => button.textContent === label) as HTMLButtonElement).click(), period);
  await page.waitForSelector('[data-testid="trends-updated"]');
}

/** The chart chunk's files the page asked for so far (watched from the page's creation). */
function watchChunks(page: Page): () => string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/uplot-chart')) seen.push(request.url());
  });
  return () => [...seen];
}

/** Trends against the sandbox's own reports, for one number and all of them; the chart code loads only when shown. */
describe('trends in Monitoreo', () => {
  const context = useConnectedExtension();

  it("loads the chart code only when a chart is shown, and charts one number's day by hour as Blip counts it", async () => {
    const page = await context.session.browser.newPage();
    const chunks = watchChunks(page);
    await page.goto(`chrome-extension://${context.session.extensionId}/sidepanel.html`);
    await page.click('#tab-monitoreo');
    await page.waitForSelector('[data-testid="metric-waiting"]');
    expect(chunks()).toEqual([]);
    await openTrends(page, context.ids.norte!, 'Hoy');
    await page.waitForSelector('[data-chart="today-hourly"] canvas');
    expect(chunks().filter((url) => url.endsWith('.js'))).toHaveLength(1);

    const hours = (await report<{ items: Array<{ storageDate: string; ticketByHour: number }> }>(context, 'norte', '/monitoring/tickets-per-hour?version=2')).items;
    const table = await tableOf(page, 'today-hourly');
    for (const [start, cells] of Object.entries(table)) {
      const expected = hours.filter((item) => Date.parse(item.storageDate) >= Date.parse(start) && Date.parse(item.storageDate) < Date.parse(start) + HOUR).reduce((sum, item) => sum + item.ticketByHour, 0);
      expect(cells.tickets, start).toBe(count(expected));
    }
    expect(Object.values(table).reduce((sum, cells) => sum + Number(cells.tickets), 0)).toBe(hours.reduce((sum, item) => sum + item.ticketByHour, 0));
  });

  it('shows the age of every figure on the board, which reads Blip again on its own', async () => {
    const page = await context.session.open('sidepanel');
    await page.click('#tab-monitoreo');
    await page.waitForSelector('[data-testid="metric-waiting"]');
    const cards = await page.$$eval('.metric', (nodes) => nodes.length);
    await page.waitForFunction(() => document.querySelector('[data-testid="age-waiting"]')?.textContent === 'hace 2 s');
    const ages = await page.$$eval('.metric-age', (nodes) => nodes.map((node) => node.textContent));
    expect(ages).toHaveLength(cards);
    expect(new Set(ages).size).toBe(1);
    expect(ages[0]).toMatch(/^hace [2-5] s$/);
    // Read again without a click, at the board's cadence (6 s: 1 command a second per number).
    await page.waitForFunction(() => document.querySelector('[data-testid="age-waiting"]')?.textContent === 'hace 0 s', { timeout: 15_000 });
  });

  it("holds the sandbox's 7-day reports for one number: tickets per day, times per day, agents", async () => {
    const page = await context.session.open('sidepanel');
    await openTrends(page, context.ids.norte!, '7 días');
    const days = lastDays(7);
    const range = `beginDate=${days[0]}&endDate=${days.at(-1)}`;
    const reported = (await report<{ items: DaySummary[] }>(context, 'norte', `/analytics/reports/tickets?${range}`)).items;
    const byDay = new Map(reported.map((item) => [reportDay(item.date), item]));
    const tickets = await tableOf(page, 'tickets-per-day');
    const times = await tableOf(page, 'times-per-day');
    expect(Object.keys(tickets)).toEqual(days);
    for (const day of days) {
      const item = byDay.get(day);
      expect(tickets[day], day).toEqual({ opened: count(item ? item.waiting + item.open + item.closed : 0), closed: count(item?.closed ?? 0), abandoned: count(item?.closedClient ?? 0), lost: count(item?.missed ?? 0) });
      if (!item) {
        expect(times[day], day).toEqual({ avgFirstResponse: '—', avgAttendance: '—' });
        continue;
      }
      const timings = await report<Timings>(context, 'norte', `/analytics/reports/timings?beginDate=${day}&endDate=${day}`);
      expect(times[day], day).toEqual({ avgFirstResponse: duration(timings.avgFirstResponseTime), avgAttendance: duration(timings.avgAttendanceTime) });
    }
    const agents = (await report<{ items: AgentSummary[] }>(context, 'norte', `/analytics/reports/attendants?${range}`)).items;
    const table = await tableOf(page, 'agents');
    for (const agent of agents) {
      expect(table[agent.identity], agent.identity).toEqual({ closedTickets: count(agent.closedTickets), openedTickets: count(agent.openedTickets), avgFirstResponse: duration(agent.averageFirstResponseTime), avgAttendance: duration(agent.averageAttendanceTime) });
    }
  });

  it('adds the numbers up day by day and weights their times by the tickets attended, as the board does', async () => {
    const page = await context.session.open('sidepanel');
    await openTrends(page, 'all', '7 días');
    const days = lastDays(7);
    const range = `beginDate=${days[0]}&endDate=${days.at(-1)}`;
    const tickets = await tableOf(page, 'tickets-per-day');
    const times = await tableOf(page, 'times-per-day');
    const reports = await Promise.all(BOTS.map(async (bot) => new Map((await report<{ items: DaySummary[] }>(context, bot, `/analytics/reports/tickets?${range}`)).items.map((item) => [reportDay(item.date), item]))));
    for (const day of days) {
      const items = reports.map((byDay) => byDay.get(day)).filter((item): item is DaySummary => Boolean(item));
      expect(tickets[day]!.opened, day).toBe(count(items.reduce((sum, item) => sum + item.waiting + item.open + item.closed, 0)));
      let weighted = 0;
      let weight = 0;
      for (const [index, bot] of BOTS.entries()) {
        const item = reports[index]!.get(day);
        if (!item) continue;
        const attended = item.open + item.closedAttendant + item.closedClient + item.transferred;
        const timings = await report<Timings>(context, bot, `/analytics/reports/timings?beginDate=${day}&endDate=${day}`);
        weighted += parseTimeSpan(timings.avgFirstResponseTime)! * attended;
        weight += attended;
      }
      expect(times[day]!.avgFirstResponse, day).toBe(items.length ? formatDuration(weight ? weighted / weight : 0) : '—');
    }
  });

  it('redraws in the dark scheme and axe finds nothing serious on the charts and their tables', async () => {
    const page = await context.session.open('sidepanel');
    await openTrends(page, 'all', '7 días');
    await page.waitForSelector('[data-chart="agents"] canvas');
    await page.$$eval('.chart-details', (all) => all.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const darkText = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--fg').trim());
    await page.waitForFunction((text) => [...document.querySelectorAll('.chart-canvas')].every((chart) => (chart as HTMLElement).dataset.drawnWith === text), {}, darkText);
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMediaFeatures([]);
  });

  it('downloads what a chart shows as CSV', async () => {
    const page = await context.session.open('sidepanel');
    const folder = await mkdtemp(path.join(tmpdir(), 'asistencia-csv-'));
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    await openTrends(page, context.ids.norte!, '7 días');
    const table = await tableOf(page, 'tickets-per-day');
    await page.click('[data-chart="tickets-per-day"] button.link-button');
    await expect.poll(async () => (await readdir(folder)).filter((name) => name.endsWith('.csv')), { timeout: 10_000 }).toHaveLength(1);
    const [file] = await readdir(folder);
    const lines = (await readFile(path.join(folder, file!), 'utf8')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Día,Abiertos,Cerrados,Abandonados,Perdidos');
    expect(lines.slice(1).map((line) => line.split(',')[1]!.replace(/"/g, ''))).toEqual(Object.values(table).map((cells) => cells.opened!.replace(/\D/g, '')));
  });
});
