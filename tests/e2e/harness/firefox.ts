import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_BUILD = path.resolve('.output/firefox-mv2-sandbox');
const GECKO_ID = 'asistencia-companion@blipgo.example';

/**
 * Firefox ESR with the built extension as a temporary add-on. Its settings come the way an
 * administrator pushes them: a managed-storage manifest in the user's ~/.mozilla (Firefox's
 * enterprise policy for extensions), because puppeteer cannot open moz-extension:// pages.
 */
export async function launchFirefox(policy: unknown): Promise<Browser> {
  const home = mkdtempSync(path.join(tmpdir(), 'asistencia-firefox-'));
  mkdirSync(path.join(home, '.mozilla', 'managed-storage'), { recursive: true });
  writeFileSync(path.join(home, '.mozilla', 'managed-storage', `${GECKO_ID}.json`), JSON.stringify({ name: GECKO_ID, description: 'Asistencia policy', type: 'storage', data: policy }));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    env: { ...process.env, HOME: home, LANG: 'es_ES.UTF-8', LANGUAGE: 'es' },
    extraPrefsFirefox: { 'intl.locale.requested': 'es', 'intl.accept_languages': 'es' },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return browser;
}
