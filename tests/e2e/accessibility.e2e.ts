import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession, type ExtensionPage } from './harness/chromium';
import { connectSandboxNumbers, freshSandbox } from './harness/sandbox';
import { seriousViolations } from './harness/axe';

/** axe-core finds no serious or critical violations on the extension's pages, in light and dark themes. */
describe('accessibility', () => {
  let session: ExtensionSession;
  let sandbox: Awaited<ReturnType<typeof freshSandbox>>;

  beforeAll(async () => {
    sandbox = await freshSandbox();
    session = await launchExtension();
    await connectSandboxNumbers(session, sandbox);
  });
  afterAll(async () => {
    await session?.close();
    await sandbox?.close();
  });

  const pages: ExtensionPage[] = ['sidepanel', 'popup', 'options'];
  const schemes = ['light', 'dark'] as const;

  it.each(pages.flatMap((page) => schemes.map((scheme) => [page, scheme] as const)))('%s (%s)', async (name, scheme) => {
    const page = await session.open(name);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    await page.waitForSelector('#app *');
    await page.waitForNetworkIdle({ idleTime: 300 });
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    await page.close();
  });

  it('every section of the panel', async () => {
    const page = await session.open('sidepanel');
    const tabs = await page.$$eval('[role="tab"]', (nodes) => nodes.map((node) => node.id));
    for (const tab of tabs) {
      await page.click(`#${tab}`);
      await page.waitForNetworkIdle({ idleTime: 300 });
      const violations = await seriousViolations(page);
      expect(violations, `${tab}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
    }
  });
});
