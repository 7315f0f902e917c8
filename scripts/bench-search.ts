/**
 * `npm run bench:search`: in Chromium, on 1,000,000 generated contacts over 5 numbers, times our
 * contact index against FlexSearch and MiniSearch (prefix search, same data, same queries): p50/p95
 * per query kind, build time and heap growth; then the contacts per second a first sync writes into
 * IndexedDB. Budgets are checked and printed; the last line is the summary CI reads.
 * Env: BENCH_CONTACTS (default 1000000), BENCH_QUERIES per kind (1000), BENCH_SYNC (200000).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type CDPSession } from 'puppeteer-core';
import { CHROMIUM, QUIET_FLAGS } from '../tests/e2e/harness/chromium';

const ROWS = Number(process.env.BENCH_CONTACTS ?? 1_000_000);
const PER_KIND = Number(process.env.BENCH_QUERIES ?? 1_000);
const SYNC = Number(process.env.BENCH_SYNC ?? 200_000);
const ENGINES = ['ours', 'flexsearch', 'minisearch'] as const;
const BUDGET = { p95: 2, speedup: 10, buildMs: 10_000, memoryMb: 200, syncPerSecond: 20_000 };

type Timings = Record<string, { p50: number; p95: number; meanHits?: number }>;

async function main() {
  const bundle = await build({ entryPoints: [path.resolve('scripts/bench/page.ts')], bundle: true, format: 'iife', write: false, target: 'chrome120', minify: true });
  const script = bundle.outputFiles[0]!.text;
  // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
  const server = createServer((request, response) => {
    const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
    if (request.url === '/bench.js') return response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(script);
    response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'bench-search-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    protocolTimeout: 1_800_000,
    args: [...QUIET_FLAGS, `--user-data-dir=${userDataDir}`, '--js-flags=--max-old-space-size=8192'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const cdp = await page.createCDPSession();
    const info = await page.evaluate((rows, perKind) => bench.setup(rows, perKind), ROWS, PER_KIND);
    console.log(`Chromium ${await browser.version()} · ${info.rows} cached contacts (${info.unique} unique) over 5 numbers · ${PER_KIND} queries per kind · isolated timers: ${info.isolated}`);
    const results: Record<string, { timings: Timings; buildMs: number; memoryMb: number; ownMb?: number }> = {};
    for (const engine of ENGINES) {
      const before = await heap(cdp);
      const built = await page.evaluate((name) => bench.build(name), engine);
      const memoryMb = ((await heap(cdp)) - before) / 2 ** 20;
      const timings = await page.evaluate((name) => bench.query(name), engine);
      await page.evaluate((name) => bench.drop(name), engine);
      results[engine] = { timings, buildMs: built.ms, memoryMb, ownMb: built.ownBytes === undefined ? undefined : built.ownBytes / 2 ** 20 };
      printEngine(engine, results[engine]!);
    }
    const sync = await page.evaluate((count) => bench.sync(count), SYNC);
    console.log(`\nfirst sync into IndexedDB (one record and one transaction per 5000-contact page): ${sync.stored} contacts in ${(sync.ms / 1000).toFixed(2)} s = ${Math.round(sync.perSecond)} contacts/s`);
    printBudgets(results, sync.perSecond);
    const p95 = (engine: string) => results[engine]!.timings.all!.p95.toFixed(3);
    console.log(`search p95 ms: ${p95('ours')} flexsearch: ${p95('flexsearch')} minisearch: ${p95('minisearch')}`);
  } finally {
    await browser.close();
    server.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

/** JS heap plus array-buffer backing stores, after a full garbage collection. */
async function heap(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

function printEngine(engine: string, result: { timings: Timings; buildMs: number; memoryMb: number; ownMb?: number }) {
  console.log(`\n${engine}: build ${(result.buildMs / 1000).toFixed(2)} s, memory ${result.memoryMb.toFixed(1)} MB${result.ownMb ? ` (index arrays ${result.ownMb.toFixed(1)} MB)` : ''}`);
  for (const [kind, { p50, p95, meanHits }] of Object.entries(result.timings)) {
    console.log(`  ${kind.padEnd(14)} p50 ${p50.toFixed(3).padStart(8)} ms   p95 ${p95.toFixed(3).padStart(8)} ms${typeof meanHits === 'number' ? `   hits/query ${meanHits.toFixed(1)}` : ''}`);
  }
}

function printBudgets(results: Record<string, { timings: Timings; buildMs: number; memoryMb: number }>, syncPerSecond: number) {
  const ours = results.ours!;
  const kinds = Object.keys(ours.timings).filter((kind) => kind !== 'all');
  const worst = Math.max(...kinds.map((kind) => ours.timings[kind]!.p95));
  const speedups = ['flexsearch', 'minisearch'].map((engine) => results[engine]!.timings.all!.p95 / Math.max(ours.timings.all!.p95, 0.001));
  const checks: Array<[string, boolean]> = [
    [`our p95 ≤ ${BUDGET.p95} ms for every query kind (worst ${worst.toFixed(3)} ms)`, worst <= BUDGET.p95],
    [`≥ ${BUDGET.speedup}× faster p95 than FlexSearch (${speedups[0]!.toFixed(1)}×) and MiniSearch (${speedups[1]!.toFixed(1)}×)`, speedups.every((speedup) => speedup >= BUDGET.speedup)],
    [`build ≤ ${BUDGET.buildMs / 1000} s (${(ours.buildMs / 1000).toFixed(2)} s)`, ours.buildMs <= BUDGET.buildMs],
    [`index memory ≤ ${BUDGET.memoryMb} MB (${ours.memoryMb.toFixed(1)} MB)`, ours.memoryMb <= BUDGET.memoryMb],
    [`first sync ≥ ${BUDGET.syncPerSecond} contacts/s (${Math.round(syncPerSecond)})`, syncPerSecond >= BUDGET.syncPerSecond],
  ];
  console.log('\nbudgets:');
  for (const [label, met] of checks) console.log(`  ${met ? 'met   ' : 'MISSED'} ${label}`);
}

declare const bench: {
  setup(rows: number, perKind: number): { rows: number; unique: number; isolated: boolean };
  build(engine: string): { ms: number; ownBytes?: number };
  drop(engine: string): void;
  query(engine: string): Timings;
  sync(count: number): Promise<{ stored: number; ms: number; perSecond: number }>;
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
