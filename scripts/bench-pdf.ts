/**
 * `npm run bench:pdf`: renders PDF transcripts of 1,000 and 10,000 messages with the extension's own
 * transcript code in Chromium and prints the time and the peak JS heap growth while rendering
 * (sampled over CDP) and what stays retained after GC. Budgets: 1,000 messages ≤ 1 s; for 10,000,
 * memory does not grow beyond the output: the heap used per message does not rise with the size,
 * and once the file is made nothing but the input and the output stays alive. The last line is
 * `pdf 1000 msgs ms: <n>`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type CDPSession } from 'puppeteer-core';
import { CHROMIUM, QUIET_FLAGS } from '../tests/e2e/harness/chromium';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_MS = 1000;

async function heapUsed(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value;
}

async function main() {
  const bundle = await build({ entryPoints: [path.resolve('scripts/bench/pdf-page.ts')], bundle: true, format: 'iife', write: false, target: 'chrome120', minify: true });
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'bench-pdf-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: [...QUIET_FLAGS, `--user-data-dir=${userDataDir}`, '--js-flags=--expose-gc'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><title>bench</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    console.log(`Chromium ${await browser.version()} · jsPDF transcript renderer · ${RUNS} runs per size`);

    const results: Record<number, { median: number; best: number; bytes: number; peakMb: number; retainedMb: number }> = {};
    for (const count of [1000, 10_000]) {
      const times: number[] = [];
      let bytes = 0;
      let peak = 0;
      const retainedRuns: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        await page.evaluate((size) => window.bench.prepare(size), count);
        await page.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
        const baseline = await heapUsed(cdp);
        let sampling = true;
        const sampler = (async () => {
          while (sampling) {
            peak = Math.max(peak, (await heapUsed(cdp)) - baseline);
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
        })();
        const result = await page.evaluate(() => window.bench.render());
        sampling = false;
        await sampler;
        // What stays alive once the file is made (the input and the output are still referenced).
        await page.evaluate(() => (globalThis as unknown as { gc?: () => void }).gc?.());
        retainedRuns.push((await heapUsed(cdp)) - baseline);
        await page.evaluate(() => window.bench.release());
        times.push(result.ms);
        bytes = result.bytes;
      }
      times.sort((a, b) => a - b);
      // The first run also compiles code and fills font caches: the median is the steady state.
      const retained = retainedRuns.sort((a, b) => a - b)[Math.floor(retainedRuns.length / 2)]!;
      results[count] = { median: times[Math.floor(times.length / 2)]!, best: times[0]!, bytes, peakMb: peak / 2 ** 20, retainedMb: Math.max(0, retained) / 2 ** 20 };
      const { median, best, peakMb, retainedMb } = results[count]!;
      console.log(
        `${String(count).padStart(6)} messages: median ${median.toFixed(0)} ms (best ${best.toFixed(0)} ms) · PDF ${(bytes / 2 ** 20).toFixed(2)} MB · peak heap growth while rendering ${peakMb.toFixed(1)} MB (${((peak / count) / 1024).toFixed(1)} kB/message, garbage included) · retained after GC ${retainedMb.toFixed(2)} MB (median)`,
      );
    }
    const small = results[1000]!;
    const large = results[10_000]!;
    const perMessage = (result: typeof small, count: number) => result.peakMb / count;
    const linear = perMessage(large, 10_000) <= perMessage(small, 1000) * 1.25;
    const released = large.retainedMb <= (large.bytes / 2 ** 20) * 2 + 1;
    console.log(`budget 1,000 messages ≤ ${BUDGET_MS} ms: ${small.median <= BUDGET_MS ? 'met' : 'MISSED'} (${small.median.toFixed(0)} ms)`);
    console.log(`budget 10,000 messages, memory not growing beyond the output: ${linear && released ? 'met' : 'MISSED'} (heap per message ${linear ? 'does not grow' : 'grows'} with size; ${large.retainedMb.toFixed(2)} MB retained for a ${(large.bytes / 2 ** 20).toFixed(2)} MB PDF)`);
    console.log(`pdf 1000 msgs ms: ${small.median.toFixed(0)}`);
  } finally {
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

await main();
