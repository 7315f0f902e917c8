import { existsSync } from 'node:fs';
import { CHROME_BUILD, CHROMIUM } from './harness/chromium';

/** The browser tests need the built extension and Debian's Chromium (`npm run test:e2e` builds first). */
export default function setup() {
  if (!existsSync(`${CHROME_BUILD}/manifest.json`)) throw new Error(`No build at ${CHROME_BUILD}: run "npm run build:sandbox" first.`);
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
}
