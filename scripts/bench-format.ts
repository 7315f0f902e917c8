/**
 * `npm run bench:format`: the WhatsApp formatter on 100,000 adversarial characters (each pattern
 * repeated), against the budget (20 ms) and against the previous formatter on the same patterns at
 * 10,000 characters (at 100,000 it runs for minutes). Prints one line per pattern and a summary
 * `format 100k worst ms: <n>`; exits non-zero over budget.
 */
import { FORMAT_LIMIT, parseWhatsAppFormatting } from '../lib/domain/whatsapp-format';
import { previousFormatter } from './bench/format-previous';

const SIZE = 100_000;
const PREVIOUS_SIZE = 10_000;
const BUDGET_MS = 20;
const RUNS = 15;

const PATTERNS: Record<string, string> = {
  'repeated openers "*a "': '*a ',
  'nested openers "*_~a "': '*_~a ',
  'unbalanced closers "a* "': 'a* ',
  'balanced pairs "*a* _b_ ~c~ "': '*a* _b_ ~c~ ',
  'fences and markers "```*_~"': '```*_~',
  'long line then newline': `${'*a '.repeat(200)}\n`,
};

function fill(pattern: string, size: number): string {
  return pattern.repeat(Math.ceil(size / pattern.length)).slice(0, size);
}

/** Best of a few runs, in ms. */
function time(run: () => unknown, runs = RUNS): number {
  let best = Infinity;
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

let worst = 0;
console.log(`WhatsApp formatter, ${SIZE.toLocaleString('en')} characters per pattern (whole text parsed; the panel formats the first ${FORMAT_LIMIT.toLocaleString('en')}), budget ${BUDGET_MS} ms`);
for (const [name, pattern] of Object.entries(PATTERNS)) {
  const full = fill(pattern, SIZE);
  const ms = time(() => parseWhatsAppFormatting(full, Infinity));
  const capped = time(() => parseWhatsAppFormatting(full));
  const small = fill(pattern, PREVIOUS_SIZE);
  const previous = time(() => previousFormatter(small), 1);
  const ours10k = time(() => parseWhatsAppFormatting(small, Infinity));
  worst = Math.max(worst, ms);
  console.log(
    `${name.padEnd(34)} ours 100k: ${ms.toFixed(2).padStart(7)} ms (${ms <= BUDGET_MS ? 'within' : 'OVER'} ${BUDGET_MS} ms) · as shown (capped): ${capped.toFixed(2).padStart(6)} ms · 10k: ours ${ours10k.toFixed(2).padStart(6)} ms vs previous ${previous.toFixed(1).padStart(8)} ms`,
  );
}
console.log(`format 100k worst ms: ${worst.toFixed(2)}`);
if (worst > BUDGET_MS) process.exitCode = 1;
