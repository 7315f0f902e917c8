import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import type { ExtensionSession } from '../../tests/e2e/harness/chromium';

/** The width the README shows the panel at: a typical side panel. */
const WIDTH = 360;
const HEIGHT = 640;
const SCHEMES = ['light', 'dark'] as const;

interface Shot {
  /** The section's id, or `conversation`. */
  id: string;
  label: string;
  png: Uint8Array;
}

/** Shrinks a PNG to a palette where that keeps it looking the same (pngquant, when installed). */
function optimise(file: string): void {
  try {
    execFileSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--quality', '70-95', '--output', file, file], { stdio: 'ignore' });
  } catch {
    // Not installed, or nothing to gain: the plain PNG stays.
  }
}

/** Shows Conversas with an empty search box (Escape clears what an earlier pass typed). */
async function clearSearch(panel: Page): Promise<void> {
  await panel.click('#tab-conversas');
  await panel.waitForSelector('#global-search-input');
  await panel.focus('#global-search-input');
  await panel.keyboard.press('Escape');
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Every section of the panel, and a contact's conversation, as the user sees them. */
async function sectionShots(panel: Page, contactName: string): Promise<Shot[]> {
  const shots: Shot[] = [];
  const tabs = await panel.$$eval('[role="tab"]', (nodes) => nodes.map((node) => ({ id: node.id, label: node.getAttribute('title') ?? node.textContent ?? '' })));
  await clearSearch(panel);
  for (const tab of tabs) {
    await panel.click(`#${tab.id}`);
    await panel.waitForNetworkIdle({ idleTime: 600 }).catch(() => undefined);
    await panel.$eval('.panel-body', (body) => body.scrollTo(0, 0));
    shots.push({ id: tab.id.replace(/^tab-/, ''), label: tab.label, png: await panel.screenshot() });
  }
  await clearSearch(panel);
  await panel.waitForFunction(() => Number(document.querySelector('.global-search')?.getAttribute('data-indexed')) > 0, { timeout: 60_000 });
  await panel.type('#global-search-input', contactName.toLowerCase());
  await panel.waitForFunction((typed) => document.querySelector('.global-search')?.getAttribute('data-answered') === typed, { timeout: 30_000 }, contactName.toLowerCase());
  await panel.keyboard.press('Enter');
  await panel.waitForSelector('#composer-text', { timeout: 30_000 });
  await panel.waitForNetworkIdle({ idleTime: 600 }).catch(() => undefined);
  await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  shots.push({ id: 'conversation', label: contactName, png: await panel.screenshot() });
  await panel.click('.contact-header .back');
  return shots;
}

/** Lays the shots out four to a row with their names, and saves the sheet. */
async function sheet(session: ExtensionSession, shots: Shot[], scheme: string, file: string): Promise<void> {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 4 * (WIDTH + 24) + 24, height: 400 });
  const background = scheme === 'dark' ? '#0b0e12' : '#e9eef5';
  const figures = shots.map((shot) => `<figure><figcaption>${shot.label}</figcaption><img src="data:image/png;base64,${Buffer.from(shot.png).toString('base64')}"></figure>`).join('');
  await page.setContent(
    `<style>body{margin:0;padding:12px;background:${background};color:${scheme === 'dark' ? '#e6e9ed' : '#1b2430'};font:600 14px system-ui,sans-serif;display:grid;grid-template-columns:repeat(4,${WIDTH}px);gap:16px 24px}figure{margin:0}figcaption{margin:0 0 6px}img{display:block;width:${WIDTH}px;height:${HEIGHT}px;border-radius:8px;box-shadow:0 1px 4px rgb(0 0 0/30%)}</style>${figures}`,
  );
  await page.screenshot({ path: file as `${string}.png`, fullPage: true });
  await page.close();
  optimise(file);
}

/**
 * The README's pictures of the panel at 360 px, light and dark: one sheet per theme with every
 * section and a contact's conversation (`sheetDir`), and each picture alone in `folder`.
 */
export async function captureScreenshots(session: ExtensionSession, panel: Page, options: { folder: string; sheetDir: string; contactName: string }): Promise<void> {
  mkdirSync(options.folder, { recursive: true });
  mkdirSync(options.sheetDir, { recursive: true });
  await panel.setViewport({ width: WIDTH, height: HEIGHT });
  for (const scheme of SCHEMES) {
    await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const shots = await sectionShots(panel, options.contactName);
    await sheet(session, shots, scheme, path.join(options.sheetDir, `panel-${scheme}.png`));
    for (const shot of shots) writeFileSync(path.join(options.folder, `panel-${shot.id}-${scheme}.png`), shot.png);
  }
  await panel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  for (const name of ['popup', 'options'] as const) {
    const page = await session.open(name);
    await page.waitForNetworkIdle({ idleTime: 500 }).catch(() => undefined);
    await page.screenshot({ path: path.join(options.folder, `${name}.png`), fullPage: true });
    await page.close();
  }
}
