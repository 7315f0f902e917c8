import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_EXAMPLES_FILE, extractExamples } from '../../tests/helpers/blip-docs/examples';

/**
 * `npm run docs:extract -- <blip-docs git dir> [output file]`: writes the official examples of the
 * Blip calls we make as JSON (default: tests/fixtures/blip-docs/examples.json, which the conformance
 * test replays).
 */
const [gitDir, output = fileURLToPath(DEFAULT_EXAMPLES_FILE)] = process.argv.slice(2);
if (!gitDir) {
  console.error('usage: npm run docs:extract -- <git dir of takenet/blip-docs> [output.json]');
  process.exit(2);
}
const result = extractExamples(gitDir);
mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, `${JSON.stringify(result, null, 2)}\n`);
const calls = new Set(result.examples.map((example) => example.call));
const unreadable = result.examples.filter((example) => example.problem).length;
console.log(`${result.examples.length} examples of ${calls.size} calls from ${result.source.repository}@${result.source.commit.slice(0, 7)} → ${output}${unreadable ? ` (${unreadable} unreadable)` : ''}`);
