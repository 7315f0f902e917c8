/**
 * `npm run bench:insert`: in Chromium and Firefox ESR with the sandbox build, on the desk bench page,
 * types "/query" into every editor kind, presses Enter and times how long until the editor's own
 * model holds the reply (three lines with emoji and accents). Beside it, the floor: the same
 * technique dispatched by the page itself with the "/query" already selected — the editor's own
 * work, without the palette, the selection hand-over and the check that follows. Budget: median
 * ≤ 50 ms per editor. The last line is the summary.
 * Env: BENCH_ROUNDS per editor (default 15), BENCH_BROWSERS (default "chromium,firefox").
 */
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { launchExtension } from '../tests/e2e/harness/chromium';
import { launchFirefox } from '../tests/e2e/harness/firefox';
import { connectSandboxNumbers, freshSandbox } from '../tests/e2e/harness/sandbox';
import { DESK_BOXES, boxFrame, clearBox, clickBox, openDesk, type DeskBox } from '../tests/e2e/harness/desk';
import { waitForPalette } from '../tests/e2e/harness/palette';
import { REPLY_CASES } from '../tests/e2e/harness/insertion';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const BROWSERS = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',');
const BUDGET_MS = 50;
const REPLY = REPLY_CASES[1]!;

type Context = Page | Frame;

interface Timing {
  box: string;
  ours: number[];
  floor: number[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.95))] ?? NaN;

/** One timed keypress: the model is watched from just before the key until it holds the reply. */
async function timeKey(page: Page, context: Context, box: DeskBox, key: 'Enter' | 'F9'): Promise<number> {
  await context.evaluate((model, expected) => window.insertBench.watch(model, expected), box.model, REPLY.expected);
  await context.evaluate(() => window.insertBench.start());
  await page.keyboard.press(key);
  return context.evaluate(() => window.insertBench.stop());
}

async function benchBox(page: Page, box: DeskBox, waitForReplies: () => Promise<void>): Promise<Timing> {
  const context = await boxFrame(page, box);
  const timing: Timing = { box: box.name, ours: [], floor: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    await clearBox(page, box);
    await clickBox(page, box);
    await page.keyboard.type(`/${REPLY.query}`);
    await waitForReplies();
    timing.ours.push(await timeKey(page, context, box, 'Enter'));

    await clearBox(page, box);
    await page.keyboard.type(`/${REPLY.query}`);
    await page.keyboard.press('Escape');
    await context.evaluate((text) => window.insertBench.armFloor(text), REPLY.expected);
    timing.floor.push(await timeKey(page, context, box, 'F9'));
  }
  await clearBox(page, box);
  return timing;
}

async function benchBrowser(name: string, page: Page, script: string, waitForReplies: (page: Page) => Promise<void>): Promise<Timing[]> {
  await page.setViewport({ width: 900, height: 900 });
  const timings: Timing[] = [];
  for (const box of DESK_BOXES) {
    const context = await boxFrame(page, box);
    await context.evaluate(script);
    const timing = await benchBox(page, box, () => waitForReplies(page));
    timings.push(timing);
    const failed = timing.ours.filter((ms) => ms < 0).length + timing.floor.filter((ms) => ms < 0).length;
    console.log(
      `${name.padEnd(9)} ${box.name.padEnd(34)} ${median(timing.ours).toFixed(1).padStart(6)} ms  p95 ${p95(timing.ours).toFixed(1).padStart(6)} ms   floor ${median(timing.floor).toFixed(1).padStart(5)} ms   overhead ${(median(timing.ours) - median(timing.floor)).toFixed(1).padStart(5)} ms${failed ? `   ${failed} rounds never held the text` : ''}`,
    );
  }
  return timings;
}

async function main() {
  const bundle = await build({ entryPoints: [path.resolve('scripts/bench/insert-page.ts')], bundle: true, format: 'iife', write: false, target: 'es2022', minify: true });
  const script = bundle.outputFiles[0]!.text;
  const sandbox = await freshSandbox();
  const results: Array<{ browser: string; timings: Timing[] }> = [];
  console.log(`${ROUNDS} rounds per editor · reply: ${REPLY.label} · from Enter to the editor's model holding it (median, p95), and the floor: the editor taking the same event from the page`);
  try {
    if (BROWSERS.includes('chromium')) {
      const session = await launchExtension();
      try {
        await connectSandboxNumbers(session, sandbox);
        const categoryId = await session.rpc('replies.saveCategory', { name: 'Atención' });
        await session.rpc('replies.saveReply', { categoryId, title: REPLY.title, text: REPLY.text });
        const page = await session.browser.newPage();
        await openDesk(page, sandbox.url);
        console.log(`\nChromium ${await session.browser.version()}`);
        results.push({ browser: 'Chromium', timings: await benchBrowser('Chromium', page, script, (desk) => waitForPalette(desk, REPLY.title)) });
      } finally {
        await session.close();
      }
    }
    if (BROWSERS.includes('firefox')) {
      const browser = await firefoxWithReplies(sandbox);
      try {
        const page = await browser.newPage();
        await openDesk(page, sandbox.url);
        console.log(`\nFirefox ${await browser.version()}`);
        // Firefox cannot read the palette's closed root from outside: give the replies time to arrive.
        results.push({ browser: 'Firefox', timings: await benchBrowser('Firefox', page, script, () => new Promise((resolve) => setTimeout(resolve, 400))) });
      } finally {
        await browser.close();
      }
    }
  } finally {
    await sandbox.close();
  }
  report(results);
}

/** Firefox ESR with the numbers from an administrator's policy and the reply saved on every bot. */
async function firefoxWithReplies(sandbox: Awaited<ReturnType<typeof freshSandbox>>): Promise<Browser> {
  const info = await sandbox.numbers();
  for (const bot of sandbox.store.bots.values()) {
    bot.replies.set('asistencia-bench', { id: 'asistencia-bench', category: 'Atención', items: [{ id: 'r-bench', category: 'Atención', name: REPLY.title, document: REPLY.text, type: 'text/plain', isDynamicContent: false }], updatedAt: new Date().toISOString() });
  }
  return launchFirefox({
    agentEmail: info.agentEmail,
    installations: info.numbers.map((number) => ({ id: number.id, name: number.name, phone: number.phone, host: info.host, key: number.authorization })),
  });
}

function report(results: Array<{ browser: string; timings: Timing[] }>) {
  const all = results.flatMap(({ browser, timings }) => timings.map((timing) => ({ browser, ...timing, median: median(timing.ours), never: timing.ours.some((ms) => ms < 0) })));
  const worst = all.reduce((slowest, entry) => (entry.median > slowest.median ? entry : slowest), all[0]!);
  const missed = all.filter((entry) => entry.never || entry.median > BUDGET_MS);
  console.log('\nbudget:');
  console.log(`  ${missed.length === 0 ? 'met   ' : 'MISSED'} median ≤ ${BUDGET_MS} ms from Enter to the model holding the reply, every editor in every browser${missed.length ? ` (missed: ${missed.map((entry) => `${entry.browser} ${entry.box}`).join(', ')})` : ''}`);
  console.log(`insert median ms (worst editor, ${worst.browser} ${worst.box}): ${worst.median.toFixed(1)}`);
  if (missed.length > 0) process.exitCode = 1;
}

await main();
