import { describe, expect, it } from 'vitest';
import type { ExtensionPage } from './harness/chromium';
import { useConnectedExtension } from './harness/setup';
import { seriousViolations } from './harness/axe';

const SECTIONS = ['conversas', 'contactos', 'fuera-horario', 'historial', 'monitoreo', 'respuestas', 'ausencia'];

/** axe-core finds no serious or critical violations on the extension's pages, in light and dark themes. */
describe('accessibility', () => {
  const context = useConnectedExtension();

  const pages: ExtensionPage[] = ['sidepanel', 'popup', 'options'];
  const schemes = ['light', 'dark'] as const;

  it.each(pages.flatMap((page) => schemes.map((scheme) => [page, scheme] as const)))('%s (%s)', async (name, scheme) => {
    const page = await context.session.open(name);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.waitForSelector('#app *');
    await page.waitForNetworkIdle({ idleTime: 300 });
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });

  it('every section of the panel', async () => {
    const page = await context.session.open('sidepanel');
    await page.waitForSelector('[role="tablist"]');
    const tabs = await page.$$eval('[role="tab"]', (nodes) => nodes.map((node) => node.id));
    // The spec's seven sections, in its order: a panel that shows fewer (or none) fails here.
    expect(tabs).toEqual(SECTIONS.map((section) => `tab-${section}`));
    for (const section of SECTIONS) {
      const tab = `tab-${section}`;
      await page.click(`#${tab}`);
      await page.waitForSelector(`#panel-${section}[aria-labelledby="${tab}"]`);
      await page.waitForNetworkIdle({ idleTime: 300 });
      const violations = await seriousViolations(page);
      expect(violations, `${tab}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    }
  });
});
