import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const FIREFOX_BUILD = '.output/firefox-mv2';

/** The Firefox build exists (sidebar, MV2 background) and web-ext lint reports no errors. */
describe('Firefox build', () => {
  it('declares a sidebar and a gecko id', () => {
    expect(existsSync(`${FIREFOX_BUILD}/manifest.json`), 'run "npm run build:firefox"').toBe(true);
    const manifest = JSON.parse(readFileSync(`${FIREFOX_BUILD}/manifest.json`, 'utf8'));
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
  });

  it('passes web-ext lint with no errors', async () => {
    const { stdout } = await run('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'], { maxBuffer: 20_000_000 }).catch(
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    expect(report.errors, JSON.stringify(report.errors, null, 2)).toEqual([]);
  }, 120_000);
});
