import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startSandbox } from '../sandbox/server';
import { launchExtension } from '../tests/e2e/harness/chromium';
import { connectRouterNumber, connectSandboxNumbers } from '../tests/e2e/harness/sandbox';
import { conversationCases } from '../sandbox/data/conversation-states';
import { captureScreenshots } from './start/screenshots';

/**
 * `npm start`: builds the extension, starts the Blip sandbox and opens Chromium with the extension
 * connected to the sandbox's three numbers and its router number. Without a display it runs headless
 * and writes screenshots of every panel section (and a conversation) at 360 px, light and dark, the
 * popup and the options page to ./screenshots, and renews the README's sheets of them in docs/screenshots.
 *   --port N     sandbox port (default 8787, 0 = any free port)
 *   --no-build   use the existing sandbox build (.output/chrome-mv3-sandbox)
 *   --once       exit after connecting (and the screenshots), instead of running until Ctrl-C
 *   --headless   force headless even with a display
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SANDBOX_PORT ?? '8787' },
    'no-build': { type: 'boolean', default: false },
    once: { type: 'boolean', default: false },
    headless: { type: 'boolean', default: false },
    screenshots: { type: 'string', default: 'screenshots' },
    'readme-screenshots': { type: 'string', default: 'docs/screenshots' },
  },
});

const headless = values.headless || !process.env.DISPLAY;
if (!values['no-build']) execFileSync('npx', ['wxt', 'build', '--mode', 'sandbox'], { stdio: 'inherit' });

const sandbox = Object.assign(await startSandbox({ port: Number(values.port) }), {
  numbers: async () => (await (await fetch(`${sandbox.url}/_sandbox/numbers`)).json()),
});
const session = await launchExtension({ display: headless ? undefined : process.env.DISPLAY, args: headless ? [] : ['--start-maximized'] });
await connectSandboxNumbers(session, sandbox);
await connectRouterNumber(session, sandbox);
await addDemoReplies();

const desk = await session.browser.newPage();
await desk.goto(`${sandbox.url}/desk`);
const panel = await session.open('sidepanel');

console.log(`\nBlip sandbox:     ${sandbox.url}/commands`);
console.log(`Desk page:        ${sandbox.url}/desk`);
for (const page of ['sidepanel', 'popup', 'options']) console.log(`${page.padEnd(17)} chrome-extension://${session.extensionId}/${page}.html`);

if (headless) {
  const folder = path.resolve(values.screenshots);
  const sheetDir = path.resolve(values['readme-screenshots']);
  const contactName = conversationCases.get(sandbox.store.bots.get('norte')!)!.find((item) => item.state === 'window-open')!.name;
  await captureScreenshots(session, panel, { folder, sheetDir, contactName });
  console.log(`Screenshots:      ${folder} (README sheets: ${sheetDir})`);
}

/** A first category of ready replies, made the way the panel makes it, so the desk palette has something to show. */
async function addDemoReplies() {
  const categoryId = await session.rpc<string>('replies.saveCategory', { name: 'Atención' });
  const replies = [
    ['Bienvenida', 'Hola {{contact.name}}, soy {{agent.fullName}}. ¿En qué le puedo ayudar?'],
    ['Envío', 'Los envíos llegan en 24 a 48 h hábiles.'],
    ['Despedida', '¡Gracias por escribirnos! Quedamos a su disposición.'],
  ];
  for (const [title, text] of replies) await session.rpc('replies.saveReply', { categoryId, title, text });
}

const stop = async () => {
  await session.close();
  await sandbox.close();
  process.exit(0);
};
if (values.once) await stop();
else {
  console.log('\nRunning. Press Ctrl-C to stop.');
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
