import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SANDBOX_TIMINGS_KEY } from '../../lib/domain/timings';

const run = promisify(execFile);
const RELEASE = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv2' };
const SANDBOX = { chrome: '.output/chrome-mv3-sandbox', firefox: '.output/firefox-mv2-sandbox' };

function manifest(dir: string): Record<string, unknown> & { content_scripts?: Array<{ matches: string[]; js: string[]; world?: string }> } {
  expect(existsSync(`${dir}/manifest.json`), `no build in ${dir}: run "npm run test:e2e", which builds first`).toBe(true);
  return JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8'));
}

const LOCAL = /localhost|127\.0\.0\.1/;

/** What ships: only Blip's hosts, a sidebar and a gecko id in Firefox, and web-ext lint finds no error. */
describe('the release builds', () => {
  it.each(Object.entries(RELEASE))('%s: the manifest has no localhost or 127.0.0.1 entry, and the desk scripts match Blip Desk only', (_browser, dir) => {
    const shipped = manifest(dir);
    expect(JSON.stringify(shipped)).not.toMatch(LOCAL);
    for (const script of shipped.content_scripts ?? []) expect(script.matches).toEqual(['https://*.desk.blip.ai/*', 'https://desk.blip.ai/*']);
  });

  it.each(Object.entries(SANDBOX))('%s: the sandbox build (npm start, browser tests) is the one that reaches local hosts', (_browser, dir) => {
    expect(JSON.stringify(manifest(dir))).toMatch(LOCAL);
  });

  it.each(Object.entries(RELEASE))('%s: the worker never reads the sandbox\'s shorter timings; the sandbox build does', (browser, dir) => {
    expect(readFileSync(`${dir}/background.js`, 'utf8')).not.toContain(SANDBOX_TIMINGS_KEY);
    expect(readFileSync(`${SANDBOX[browser as keyof typeof SANDBOX]}/background.js`, 'utf8')).toContain(SANDBOX_TIMINGS_KEY);
  });

  it.each(Object.entries(RELEASE))('%s: the side panel loads one script before it paints, its styles inside it, and the sandbox build loads the same', (browser, dir) => {
    const page = readFileSync(`${dir}/sidepanel.html`, 'utf8');
    const scripts = [...page.matchAll(/<script[^>]* src="\/([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts).toHaveLength(1);
    expect(page).not.toMatch(/rel="(modulepreload|stylesheet)"/);
    expect(readFileSync(`${dir}/${scripts[0]}`, 'utf8')).toContain('.panel-header{');
    // Built as the release is (no development JSX or devtools hook): the same page and script name.
    expect(readFileSync(`${SANDBOX[browser as keyof typeof SANDBOX]}/sidepanel.html`, 'utf8')).toBe(page);
  });

  it('Firefox: the page-world helper of the desk holds nothing of the extension (no extension API) and stays tiny', () => {
    const helper = manifest(RELEASE.firefox).content_scripts?.find((script) => script.world === 'MAIN');
    expect(helper?.js).toEqual(['content-scripts/desk-page.js']);
    const source = readFileSync(`${RELEASE.firefox}/content-scripts/desk-page.js`, 'utf8');
    for (const api of ['browser.', 'chrome.', 'runtime', 'storage', 'sendMessage']) expect(source, api).not.toContain(api);
    expect(gzipSync(source, { level: 9 }).length).toBeLessThanOrEqual(2 * 1024);
  });

  it('Firefox: declares a sidebar and a gecko id', () => {
    const shipped = manifest(RELEASE.firefox) as { sidebar_action?: { default_panel?: string }; browser_specific_settings: { gecko: { id: string } } };
    expect(shipped.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(shipped.browser_specific_settings.gecko.id).toBeTruthy();
  });

  it('Firefox: can ask for a custom command host at runtime (MV2 keeps host patterns in optional_permissions)', () => {
    expect(manifest(RELEASE.firefox).optional_permissions).toContain('https://*/*');
  });

  it('Firefox: web-ext lint reports no errors, and nothing at all about the desk scripts', async () => {
    const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', RELEASE.firefox, '--output', 'json', '--no-config-discovery'], { maxBuffer: 20_000_000 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    expect(report.errors, JSON.stringify(report.errors, null, 2)).toEqual([]);
    const aboutDesk = [...report.warnings, ...report.notices].filter((entry: { file?: string }) => entry.file?.startsWith('content-scripts/'));
    expect(aboutDesk, JSON.stringify(aboutDesk, null, 2)).toEqual([]);
  }, 120_000);
});
