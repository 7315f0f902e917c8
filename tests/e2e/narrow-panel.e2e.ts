import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useConnectedExtension } from './harness/setup';
import { seriousViolations } from './harness/axe';
import { boxesOf, narrow, showSection, sidewaysOverflow } from './harness/layout';
import { conversationCases } from '../../sandbox/data/conversation-states';

/** Each section, what shows it is ready, and its rows' main action (the element the agent acts on). */
const SECTIONS = [
  { id: 'conversas', ready: '#global-search-input', action: '.search-result' },
  { id: 'contactos', ready: '.contact-row', action: '.contact-row' },
  { id: 'fuera-horario', ready: '[data-testid="after-hours-row"]', action: '[data-testid="after-hours-row"] button' },
  { id: 'historial', ready: '[data-testid="history-row"]', action: '[data-testid="history-row"] button' },
  { id: 'monitoreo', ready: '[data-testid="metric-waiting"]', action: '.monitoring .metric' },
  { id: 'respuestas', ready: '[data-testid="reply-item"]', action: '[data-testid="reply-item"] button.primary' },
  { id: 'ausencia', ready: '#absence-message', action: '#panel-ausencia button[type="submit"]' },
] as const;

/** Waits for the contact index, then searches so Conversas has result rows. */
async function searchFor(page: Page, query: string): Promise<void> {
  await page.waitForFunction(() => Number(document.querySelector('.global-search')?.getAttribute('data-indexed')) >= 4500, { timeout: 60_000 });
  await page.$eval('#global-search-input', (input) => ((input as HTMLInputElement).value = ''));
  await page.type('#global-search-input', query);
  await page.waitForFunction((typed) => document.querySelector('.global-search')?.getAttribute('data-answered') === typed, { timeout: 30_000 }, query);
}

/** Points 1 and 2 of the narrow-panel work: every action in view, one row of tabs, one scrolling area, a pinned composer. */
describe('side panel at 320–420 px', () => {
  const context = useConnectedExtension();
  let panel: Page;

  beforeAll(async () => {
    const categoryId = await context.session.rpc<string>('replies.saveCategory', { name: 'Atención' });
    await context.session.rpc('replies.saveReply', { categoryId, title: 'Envío', text: 'Los envíos llegan en 24 a 48 h hábiles.' });
    panel = await context.session.open('sidepanel');
  });

  it.each([320, 360, 420])('at %d px the sections fit one row of tabs under a short header, with nothing to scroll sideways', async (width) => {
    await narrow(panel, width);
    await showSection(panel, 'conversas', '#global-search-input');
    const tops = await panel.$$eval('[role="tab"]', (tabs) => [...new Set(tabs.map((tab) => Math.round(tab.getBoundingClientRect().top)))]);
    expect(tops).toHaveLength(1);
    const header = await panel.$eval('.panel-body', (body) => body.getBoundingClientRect().top);
    // 235 px of header before this layout at 360 px; one row of number + one row of tabs now.
    expect(header).toBeLessThanOrEqual(96);
    expect(await sidewaysOverflow(panel)).toEqual({ page: 0, body: 0 });
  });

  it.each([320, 420])('at %d px every section shows its rows\' main action without sideways scrolling', async (width) => {
    await narrow(panel, width);
    for (const section of SECTIONS) {
      await showSection(panel, section.id, section.ready);
      if (section.id === 'conversas') await searchFor(panel, 'jose');
      const boxes = await boxesOf(panel, section.action);
      expect(boxes.length, section.id).toBeGreaterThan(0);
      for (const box of boxes) {
        expect(box.left, `${section.id} #${box.index} left`).toBeGreaterThanOrEqual(0);
        expect(box.right, `${section.id} #${box.index} right`).toBeLessThanOrEqual(width);
        expect(box.onTop, `${section.id} #${box.index} not covered or clipped`).toBe(true);
      }
      expect(await sidewaysOverflow(panel), section.id).toEqual({ page: 0, body: 0 });
    }
  });

  it.each([320, 420])('at %d px the composer stays in view under a long history, which scrolls on its own', async (width) => {
    await narrow(panel, width, 640);
    const target = conversationCases.get(context.sandbox.store.bots.get('norte')!)!.find((item) => item.state === 'window-open')!;
    await showSection(panel, 'conversas', '#global-search-input');
    await searchFor(panel, target.name.toLowerCase());
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('#composer-text');
    await panel.waitForFunction(() => document.querySelectorAll('[data-testid="timeline-message"]').length >= 50);
    const layout = await panel.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const timeline = document.querySelector('.timeline')!;
      const body = document.querySelector('.panel-body')!;
      return {
        box: rect('#composer-text').bottom,
        send: rect('.text-composer button[type="submit"]').bottom,
        sendRight: rect('.text-composer button[type="submit"]').right,
        height: innerHeight,
        timelineScrolls: timeline.scrollHeight > timeline.clientHeight,
        bodyScrolls: body.scrollHeight > body.clientHeight + 1,
      };
    });
    expect(layout.box).toBeLessThanOrEqual(layout.height);
    expect(layout.send).toBeLessThanOrEqual(layout.height);
    expect(layout.sendRight).toBeLessThanOrEqual(width);
    expect(layout.timelineScrolls).toBe(true);
    expect(layout.bodyScrolls).toBe(false);
    await panel.click('.contact-header .back');
  });

  it('opens on the section used last', async () => {
    await showSection(panel, 'historial', '[data-testid="history-row"]');
    const reopened = await context.session.open('sidepanel');
    await reopened.waitForSelector('#tab-historial[aria-selected="true"]');
    await reopened.close();
  });

  it.each(['light', 'dark'] as const)('at double zoom (200 percent, %s theme) axe finds nothing serious in any section, and nothing scrolls sideways', async (scheme) => {
    await narrow(panel, 360, 800, 2);
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    for (const section of SECTIONS) {
      await showSection(panel, section.id, section.ready);
      const violations = await seriousViolations(panel);
      expect(violations, `${section.id}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
      expect(await sidewaysOverflow(panel), section.id).toEqual({ page: 0, body: 0 });
    }
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  });
});
