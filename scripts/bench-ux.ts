/**
 * `npm run bench:ux`: what an agent waits for, in headless Chromium against the sandbox, in one run:
 * the panel's first paint against a minimal WXT + Preact panel (one input) built now, panel open →
 * first search results at the demo's 6,000 contacts and at 1,000,000 (a cold search worker each
 * time), steady typing, a cold service worker's first answer, Fuera de horario, a 240-message
 * conversation, the desk's "/" palette, the build's sizes and the memory at 1M contacts. Each figure
 * is printed against its budget; the last line says how many budgets were met.
 * Env: BENCH_RUNS (7), BENCH_PAINT_RUNS (41), BENCH_CONTACTS (1000000), BENCH_LATENCY_MS (100, Blip's time to answer in the slow runs).
 */
import type { Browser, Target } from 'puppeteer-core';
import { launchExtension, type ExtensionSession } from '../tests/e2e/harness/chromium';
import { connectSandboxNumbers, freshSandbox, setFault, clearFaults, settle } from '../tests/e2e/harness/sandbox';
import { conversationCases } from '../sandbox/data/conversation-states';
import { EXTENSION_DIR, buildExtension, buildMinimalPanel, buildSizes } from './bench/ux/builds';
import { Report, kb, mb, ms } from './bench/ux/report';
import { comparePaint } from './bench/ux/first-paint';
import { coldRpc } from './bench/ux/worker-cold';
import { firstResults, heapBytes, keystrokes, openAndSearch, panelMemory } from './bench/ux/search-open';
import { afterHoursOpens } from './bench/ux/after-hours';
import { longConversation } from './bench/ux/timeline';
import { deskPalette } from './bench/ux/desk';
import { seedContacts } from './bench/ux/seed';
import { openPanel } from './bench/ux/panel-flows';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/**
 * First paints are cheap to time but vary: one load can differ from the next by a frame (16 ms, a
 * third of the minimal panel's time), and the browser reports them in 4 ms steps, so a median moves
 * by 8 % of the minimal panel's time at once. Their medians are taken over more loads, and the means
 * of the middle 80 % are printed beside them.
 */
const PAINT_RUNS = Number(process.env.BENCH_PAINT_RUNS ?? Math.max(RUNS, 41));
const ROWS = Number(process.env.BENCH_CONTACTS ?? 1_000_000);
const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 100);
/** Contacts of the demo's attendant numbers (Tienda Norte 2500 + Loja Sul 2000). */
const DEMO_INDEXED = 4_500;
const BUDGET = { paintRatio: 1.2, firstResults6k: 300, firstResults1M: 400, keystrokeP95: 16, coldRpc: 60, afterHoursRows: 150, afterHoursCalls: 5, longConversation: 300, palette: 50, paletteCalls: 1, panelMemory: 150 * 2 ** 20, backgroundMemory: 50 * 2 ** 20 };

async function main() {
  const report = new Report();
  console.log('Building the extension and the minimal panel…');
  const zip = buildExtension();
  const minimalDir = buildMinimalPanel();
  const sizes = buildSizes(EXTENSION_DIR, zip);
  printSizes(report, sizes);

  const sandbox = await freshSandbox();
  const session = await launchExtension();
  try {
    const minimalId = await session.browser.installExtension(minimalDir);
    const ids = await connectSandboxNumbers(session, sandbox);
    await addDemoReplies(session);
    const panelUrl = `chrome-extension://${session.extensionId}/sidepanel.html`;
    console.log(`\nChromium ${await session.browser.version()} · ${RUNS} runs per figure · sandbox Blip answering at once, or after ${LATENCY} ms where said`);
    await waitForIndexed(session.browser, panelUrl, DEMO_INDEXED);
    await settle(() => sandbox.requests.mark());

    console.log(`\nFirst paint (median of ${PAINT_RUNS} loads each, from opening the page):`);
    const paint = await comparePaint(session.browser, { panel: panelUrl, minimal: `chrome-extension://${minimalId}/sidepanel.html` }, PAINT_RUNS);
    const share = (value: number) => `${Math.round(value * 100)} %`;
    report.note('minimal WXT + Preact panel', `first contentful paint ${ms(paint.minimal.fcp)} (its input in the first paint: ${share(paint.minimal.inFirstPaint)})`);
    report.note('side panel', `first contentful paint ${ms(paint.panel.fcp)} (search box in the first paint: ${share(paint.panel.inFirstPaint)})`);
    report.check('panel first paint ÷ minimal panel', paint.panel.fcp / paint.minimal.fcp, BUDGET.paintRatio, (value) => `${value.toFixed(2)}×`);
    report.note('means of the middle 80 %', `${ms(paint.panel.middleMean)} ÷ ${ms(paint.minimal.middleMean)} = ${(paint.panel.middleMean / paint.minimal.middleMean).toFixed(2)}×`);

    console.log('\nService worker:');
    const worker = await coldRpc(session, { rpc: 'settings.selectInstallation', input: { id: ids.norte } }, RUNS);
    const floor = await coldRpc(session, { rpc: 'ping', input: {} }, RUNS, `chrome-extension://${minimalId}/sidepanel.html`);
    report.note('minimal service worker (answers every message at once)', `cold ${ms(floor.cold)}, warm ${ms(floor.warm)}`);
    report.check('cold → first RPC answered', worker.cold, BUDGET.coldRpc, ms, `(warm ${ms(worker.warm)})`);

    console.log(`\nSearch at the demo's ${DEMO_INDEXED} contacts:`);
    const demo = await firstResults(session.browser, panelUrl, 'jo', RUNS);
    report.check('panel open → first results for "jo"', demo.median, BUDGET.firstResults6k, ms);

    console.log(`\nFuera de horario (Tienda Norte), Blip answering after ${LATENCY} ms:`);
    await setFault(sandbox, { kind: 'slow', delayMs: LATENCY });
    const slowHours = await afterHoursOpens(session.browser, panelUrl, sandbox, RUNS + 1);
    await clearFaults(sandbox);
    report.note('first open (first sync of the list)', `${ms(slowHours.first.ms)}, ${slowHours.first.calls} Blip calls`);
    report.check('first rows, later opens', slowHours.later.ms, BUDGET.afterHoursRows, ms);
    report.check('Blip calls per later open (most)', slowHours.later.maxCalls, BUDGET.afterHoursCalls, String);
    console.log('Fuera de horario, Blip answering at once:');
    const localHours = await afterHoursOpens(session.browser, panelUrl, sandbox, RUNS + 1);
    report.check('first rows', localHours.later.ms, BUDGET.afterHoursRows, ms, `(calls per open: median ${localHours.later.calls}, most ${localHours.later.maxCalls})`);

    console.log('\nA 240-message conversation, first open in a panel and opened again:');
    const [norteCase, sulCase] = ['norte', 'sul'].map((id) => conversationCases.get(sandbox.store.bots.get(id)!)!.find((entry) => entry.state === 'window-open')!);
    const local = await longConversation(session.browser, panelUrl, norteCase!.name);
    report.check('first screen, Blip answering at once', local.first, BUDGET.longConversation, ms, `(opened again: ${ms(local.again)})`);
    await setFault(sandbox, { kind: 'slow', delayMs: LATENCY });
    const slow = await longConversation(session.browser, panelUrl, sulCase!.name);
    await clearFaults(sandbox);
    report.check(`first screen, Blip answering after ${LATENCY} ms`, slow.first, BUDGET.longConversation, ms, `(opened again: ${ms(slow.again)})`);

    console.log('\nDesk "/" palette:');
    const palette = await deskPalette(session.browser, sandbox, RUNS, () => session.stopWorker());
    report.note('entering the conversation\'s box (the palette gets ready)', `${palette.focusCalls} Blip calls`);
    report.note('first open after the worker started', `${ms(palette.cold.ms)}, ${palette.cold.calls} Blip calls`);
    report.check('"/" → replies listed, warm', palette.warm.ms, BUDGET.palette, ms);
    report.check('Blip calls per palette open (most)', Math.max(palette.warm.maxCalls, palette.cold.calls), BUDGET.paletteCalls, String);

    await atScale(report, session, sandbox, panelUrl, [ids.norte!, ids.sul!]);
  } finally {
    await session.close();
    await sandbox.close();
  }
  report.summary();
}

/** Seeds ROWS contacts, waits until the panel has indexed them, then times a cold open, typing, and memory. */
async function atScale(report: Report, session: ExtensionSession, sandbox: Awaited<ReturnType<typeof freshSandbox>>, panelUrl: string, numbers: [string, string]) {
  console.log(`\nSearch at ${ROWS.toLocaleString('en')} contacts:`);
  await settle(() => sandbox.requests.mark());
  const seeder = await session.open('options');
  const started = Date.now();
  const seeded = await seedContacts(seeder, ROWS, numbers, 100);
  await seeder.close();
  report.note('cache seeded', `${seeded.unique.toLocaleString('en')} contacts over two numbers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const indexStart = Date.now();
  await waitForIndexed(session.browser, panelUrl, seeded.unique);
  report.note('indexed', `${((Date.now() - indexStart) / 1000).toFixed(1)} s after seeding`);
  const scale = await firstResults(session.browser, panelUrl, 'jo', Math.min(RUNS, 5));
  report.check('panel open → first results for "jo"', scale.median, BUDGET.firstResults1M, ms, `(runs: ${scale.samples.map((sample) => sample.toFixed(0)).join(', ')})`);

  const { page } = await openAndSearch(session.browser, panelUrl, seeded.probe);
  const twoLetters = ['ma', 'jo', 'an', 'lu', 'ca', 'pe', 'ro', 'sa', 'fe', 'gu'];
  const queries = [...twoLetters, ...Object.values(seeded.queries).flat()];
  const typing = await keystrokes(page, queries);
  report.check(`steady keystroke → results p95 (${typing.count} queries)`, typing.p95, BUDGET.keystrokeP95, ms, `(p50 ${ms(typing.p50)})`);
  report.note('slowest keystrokes', typing.slowest.map((slow) => `"${slow.query}" ${ms(slow.ms)}`).join(', '));

  const memory = await panelMemory(page);
  report.check('memory: panel + its worker', memory.panel + memory.workers, BUDGET.panelMemory, mb, `(panel ${mb(memory.panel)}, worker ${mb(memory.workers)})`);
  await page.close();
  report.check('memory: background', await backgroundHeap(session), BUDGET.backgroundMemory, mb);
}

/** Opens a panel and waits until its search says it indexed at least `count` contacts. */
async function waitForIndexed(browser: Browser, panelUrl: string, count: number) {
  const page = await openPanel(browser, panelUrl);
  await page.waitForFunction((wanted) => Number(document.querySelector('.global-search')?.getAttribute('data-indexed') ?? 0) >= wanted, { timeout: 1_800_000, polling: 500 }, count);
  await page.close();
}

async function backgroundHeap(session: ExtensionSession): Promise<number> {
  const isWorker = (target: Target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${session.extensionId}/`);
  const target = session.browser.targets().find(isWorker) ?? (await session.browser.waitForTarget(isWorker));
  const worker = await target.worker();
  return heapBytes(worker!.client);
}

function printSizes(report: Report, sizes: ReturnType<typeof buildSizes>) {
  console.log('\nBuilt extension:');
  report.note('store zip', kb(sizes.zipBytes));
  for (const entry of sizes.entries) report.note(entry.entry, `${kb(entry.bytes)} (${kb(entry.gzip)} gzip)`);
  for (const file of sizes.files) console.log(`    ${file.file.padEnd(52)} ${kb(file.bytes).padStart(10)} ${kb(file.gzip).padStart(10)} gzip`);
  report.check('never-loaded libraries shipped', sizes.neverLoaded.length, 0, String, sizes.neverLoaded.join(', '));
}

/** Ready replies for the desk palette, made the way the panel makes them. */
async function addDemoReplies(session: ExtensionSession) {
  const categoryId = await session.rpc<string>('replies.saveCategory', { name: 'Atención' });
  for (const [title, text] of [
    ['Bienvenida', 'Hola {{contact.name}}, soy {{agent.fullName}}. ¿En qué le puedo ayudar?'],
    ['Envío', 'Los envíos llegan en 24 a 48 h hábiles.'],
  ]) await session.rpc('replies.saveReply', { categoryId, title, text });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
