/**
 * `npm run bench:scale`: the real extension (the build the browser tests load) in headless Chromium
 * against the local sandbox serving 50 numbers with 1,000,000 contacts in total. It adds the numbers
 * as an agent does, sets the agent's e-mail (every number becomes an attendant number and starts its
 * first sync), kills the service worker halfway through the sync and wakes it again, then prints:
 * the first full sync time and contacts/s, the service worker's heap during and after the sync, the
 * contact pages the sandbox served each number before and after the kill (a resumed sync reads again
 * at most the page that was in flight, never from offset 0), whether a contact found on one number
 * only is found from the side panel for every number, the panel's search latency and memory.
 *
 * Budgets, and where each comes from:
 * - first sync ≥ 20,000 contacts/s: the IndexedDB write rate `npm run bench:search` holds a first sync to;
 * - worker heap during the sync ≤ 200 MB: the worker must hold what is on its way, not what was read:
 *   a few numbers' pages (5,000 contacts each) and the index writer's largest segment (80,000 contacts),
 *   about 100,000 contacts at some 1 kB each while read (JSON text, parsed, checked, cached copy), twice
 *   that for garbage not yet collected. Holding all 1M at once would take several times as much;
 * - worker heap after the sync ≤ 50 MB: the background's budget in `npm run bench:ux`;
 * - the sync resumes where it was: at most the one page in flight read again per number;
 * - every number searchable: each planted contact found, listed under its own number and no other;
 * - search p95 ≤ 16 ms (one frame) and panel + search worker ≤ 150 MB: `npm run bench:ux`'s budgets at 1M.
 * The sandbox answers at once unless BENCH_LATENCY_MS says otherwise: the sync figure is then the
 * extension's own cost (reading, checking, storing and indexing), not Blip's time to answer.
 * Env: BENCH_NUMBERS (50), BENCH_CONTACTS (1000000, in total), BENCH_KILL_AT (0.5: the worker is killed
 * when the page that takes the sync past half the contacts is asked), BENCH_LATENCY_MS (0, added to every Blip call), BENCH_TIMEOUT_S (3600).
 */
import { launchExtension } from '../tests/e2e/harness/chromium';
import { freshSandbox, setFault } from '../tests/e2e/harness/sandbox';
import { addGeneratedNumbers } from '../sandbox/generated-numbers';
import { mb, ms, percentile } from './bench/ux/report';
import { panelMemory } from './bench/ux/search-open';
import { Budgets } from './bench/scale/budgets';
import { ProgressReader, summarize } from './bench/scale/progress';
import { WorkerHeap } from './bench/scale/worker-heap';
import { WorkerKiller } from './bench/scale/kill';
import { contactsAsked, pagesAroundKill, resumedWhereItWas, type NumberPages } from './bench/scale/resume';
import { typeQueries, waitIndexed } from './bench/scale/panel-search';
import { addNumbers, buildTestedExtension } from './bench/scale/setup';

const NUMBERS = Number(process.env.BENCH_NUMBERS ?? 50);
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 1_000_000);
const KILL_AT = Number(process.env.BENCH_KILL_AT ?? 0.5);
const LATENCY = Number(process.env.BENCH_LATENCY_MS ?? 0);
const TIMEOUT = Number(process.env.BENCH_TIMEOUT_S ?? 3_600) * 1_000;
const EACH = Math.floor(CONTACTS / NUMBERS);
const BUDGET = { contactsPerSecond: 20_000, workerPeak: 200 * 2 ** 20, workerAfter: 50 * 2 ** 20, searchP95: 16, panelMemory: 150 * 2 ** 20 };
/** Queries an agent types at any size: short prefixes, common names, phone fragments. */
const COMMON_QUERIES = ['ma', 'jo', 'an', 'lu', 'ca', 'pe', 'ro', 'sa', 'fe', 'gu', 'maria', 'jose', 'ana lu', 'joão', 'silva', 'garcía', 'rodr', '5512', '55 11 9', '+52 1'];

const count = (value: number) => Math.round(value).toLocaleString('en');
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;

async function main() {
  if (EACH < 1) throw new Error('BENCH_CONTACTS must be at least BENCH_NUMBERS');
  const budgets = new Budgets();
  console.log(`Building the extension (npm run ${buildTestedExtension()})…`);
  const sandbox = await freshSandbox();
  const planted = addGeneratedNumbers(sandbox.store, NUMBERS, EACH);
  const bots = planted.map((entry) => entry.bot);
  const total = NUMBERS * EACH;
  const unique = new Set(bots.flatMap((bot) => sandbox.store.bots.get(bot)!.contacts.map((contact) => contact.identity))).size;
  const session = await launchExtension();
  try {
    const info = await sandbox.numbers();
    const installations = await addNumbers(session, info, bots);
    const ids = [...installations.values()];
    console.log(`Chromium ${await session.browser.version()} · ${NUMBERS} numbers × ${count(EACH)} contacts = ${count(total)} (${count(unique)} distinct customers) · sandbox Blip answering ${LATENCY ? `after ${LATENCY} ms` : 'at once'}`);
    if (LATENCY) await setFault(sandbox, { kind: 'slow', delayMs: LATENCY });
    const probe = await session.open('options');
    const reader = await ProgressReader.on(probe);
    const killer = await WorkerKiller.on(probe, session.extensionId);
    const heap = new WorkerHeap(session.browser, session.extensionId);
    heap.start();

    console.log('\nFirst sync of every number (the agent sets the e-mail: each number becomes an attendant number):');
    const mark = sandbox.requests.mark();
    await session.rpc('settings.setAgentEmail', { email: info.agentEmail });
    const killAt = Math.max(1, Math.round(total * KILL_AT));
    // Killed as soon as the sandbox is asked for the page that takes the sync past KILL_AT: that page is in flight.
    for (const started = Date.now(); contactsAsked(sandbox.requests.after(mark), bots, EACH) < killAt; await new Promise((resolve) => setTimeout(resolve, 10))) {
      if (Date.now() - started > TIMEOUT) throw new Error(`The sync did not ask for ${count(killAt)} contacts in ${seconds(TIMEOUT)}`);
    }
    await heap.release();
    await killer.kill();
    const killMark = sandbox.requests.mark();
    const killedAt = Date.now();
    const beforeKill = sandbox.requests.after(mark).slice(0, killMark - mark);
    // Read while the worker is down (a woken worker waits a moment before its upkeep): the progress it left.
    const states = await reader.states();
    const atKill = summarize(states, ids, EACH);
    const statesAtKill = new Map(states.map((state) => [state.installationId, state]));
    console.log(`  worker killed once ${count(contactsAsked(beforeKill, bots, EACH))} contacts were asked for: ${count(atKill.stored)} of ${count(total)} stored, ${atKill.midway} numbers midway through their pages, ${atKill.done} done`);
    // What the panel does when it opens: ask for fresh contacts, which wakes the worker.
    await session.rpc('contacts.sync', {});
    heap.start();
    const done = await reader.waitFor(ids, EACH, (progress) => progress.done === NUMBERS, TIMEOUT);
    const doneAt = Date.now();

    const contactRequests = (requests: ReturnType<typeof sandbox.requests.after>) => requests.filter((request) => request.uri?.startsWith('/contacts?'));
    const firstAsked = contactRequests(sandbox.requests.after(mark))[0]!.at;
    const resumedAsked = contactRequests(sandbox.requests.after(killMark))[0]?.at ?? doneAt;
    const down = resumedAsked - killedAt;
    const syncMs = doneAt - firstAsked - down;
    console.log(`  every number synced: ${count(done.stored)} contacts in ${seconds(doneAt - firstAsked)} from the first page asked, of which the worker was down ${seconds(down)} (kill → first page asked again)${done.errors.length ? `; errors: ${done.errors.join(', ')}` : ''}`);
    budgets.atLeast('first sync, contacts/s (worker time)', done.stored / (syncMs / 1000), BUDGET.contactsPerSecond, count, `(${count(done.stored)} contacts in ${seconds(syncMs)})`);

    const storedAtKill = (bot: string) => {
      const state = statesAtKill.get(installations.get(bot)!);
      return !state ? 0 : state.phase === 'incremental' ? (state.total ?? EACH) : state.skip;
    };
    const pages = pagesAroundKill(beforeKill, sandbox.requests.after(killMark), bots.map((bot) => ({ bot, storedAtKill: storedAtKill(bot) })));
    printPages(pages, (bot) => sandbox.store.bots.get(bot)!.number.name);
    const reRead = pages.reduce((sum, entry) => sum + entry.reRead.length, 0);
    const fromZero = pages.filter((entry) => entry.fromZero).length;
    const pastEnd = pages.filter((entry) => entry.afterOffsets.some((offset) => offset >= EACH)).length;
    budgets.holds('sync resumed where it was after the kill', resumedWhereItWas(pages) && atKill.midway > 0, `${atKill.midway} numbers midway at the kill, ${reRead} pages read again (each the page in flight), ${pastEnd} numbers asked once past their end, ${fromZero} numbers read from offset 0 again`);

    console.log('\nSide panel search:');
    const panel = await session.open('sidepanel');
    const indexMs = await waitIndexed(panel, unique, TIMEOUT);
    console.log(`  panel index holds ${count(unique)} contacts ${seconds(Date.now() - doneAt)} after the sync ended (waited ${seconds(indexMs)} after opening the panel)`);
    const peak = heap.stop();
    budgets.atMost('service worker heap during the sync (peak, garbage not yet collected included)', peak.peak, BUDGET.workerPeak, mb, `(${peak.samples} readings)`);
    budgets.atMost('service worker heap after the sync', await heap.settled(), BUDGET.workerAfter, mb);

    const probes = await typeQueries(panel, planted.map((entry) => entry.name));
    const numberName = (bot: string) => sandbox.store.bots.get(bot)!.number.name;
    // Listed under its own number and no other ("Números: Escala 7").
    const listedUnder = (numbers: string) => numbers.slice(numbers.indexOf(':') + 1).trim();
    const found = planted.filter((entry, index) => probes[index]!.results.some((result) => result.name === entry.name && listedUnder(result.numbers) === numberName(entry.bot)));
    const missing = planted.filter((entry) => !found.includes(entry)).map((entry) => `${numberName(entry.bot)} (${entry.name})`);
    console.log(`  numbers searchable: ${found.length} of ${NUMBERS}${missing.length ? ` — not found: ${missing.join(', ')}` : ''}`);
    budgets.holds('every number searchable', found.length === NUMBERS, `${found.length} of ${NUMBERS}`);

    const common = await typeQueries(panel, COMMON_QUERIES);
    const times = [...probes, ...common].map((answer) => answer.ms);
    budgets.atMost(`search, typed query → results p95 (${times.length} queries)`, percentile(times, 95), BUDGET.searchP95, ms, `(p50 ${ms(percentile(times, 50))})`);
    const memory = await panelMemory(panel);
    budgets.atMost('memory: panel + its search worker', memory.panel + memory.workers, BUDGET.panelMemory, mb, `(panel ${mb(memory.panel)}, search worker ${mb(memory.workers)})`);
  } finally {
    await session.close();
    await sandbox.close();
  }
  budgets.summary('scale');
}

/**
 * Pages of the first pass each number was served before and after the kill, five numbers a line, with
 * the offsets asked after it ("again": asked before the kill too). A number killed after storing its
 * last page but before marking its pass done asks once past the end (an empty page) and is done.
 */
function printPages(pages: NumberPages[], nameOf: (bot: string) => string) {
  console.log('  first-pass pages (5,000 contacts) served per number, before + after the kill (offsets asked after it):');
  for (let start = 0; start < pages.length; start += 5) {
    const line = pages.slice(start, start + 5).map((entry) => {
      const offsets = entry.afterOffsets.map((offset) => `${offset}${entry.reRead.includes(offset) ? ' again' : ''}`);
      return `${nameOf(entry.bot)} ${entry.before}+${entry.after}${offsets.length ? ` (${offsets.join(', ')})` : ''}`;
    });
    console.log(`    ${line.join(' · ')}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
