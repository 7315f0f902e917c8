import { launchExtension } from '/work/wt-13/tests/e2e/harness/chromium';
import { buildMinimalPanel } from '/work/wt-13/scripts/bench/ux/builds';
import { comparePaint } from '/work/wt-13/scripts/bench/ux/first-paint';
const minimal = process.env.MINIMAL ?? buildMinimalPanel();
console.log(minimal);
const session = await launchExtension();
const minimalId = await session.browser.installExtension(minimal);
for (let i = 0; i < 2; i++) console.log(JSON.stringify(await comparePaint(session.browser, { panel: `chrome-extension://${session.extensionId}/sidepanel.html`, minimal: `chrome-extension://${minimalId}/sidepanel.html` }, 9)));
await session.close();
