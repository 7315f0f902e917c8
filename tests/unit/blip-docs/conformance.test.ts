// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExamples, type DocExample } from '../../helpers/blip-docs/examples';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { fillPlaceholders } from './placeholders';
import { shapeProblems } from './compare';
import { arrange, placeholderValues, post } from './arrange';
import { REPLY_SCHEMAS } from './schemas';
import { LEFT_OUT } from './left-out';
import { BLIP_CALLS } from '../../../lib/blip/catalog';

/**
 * Blip's own examples against the sandbox and our schemas: for each documented request of a call the
 * extension makes, the sandbox answers with the documented status and keys (202 for a message), and
 * our zod schema for that call accepts the documented response. The examples come from Blip's docs
 * (`npm run docs:extract`), kept in tests/fixtures/blip-docs.
 */
const loaded = loadExamples();
const examples = 'missing' in loaded ? [] : loaded.examples;
if ('missing' in loaded) console.warn(`blip docs conformance skipped: ${loaded.missing}`);

describe.skipIf('missing' in loaded)('Blip docs conformance', () => {
  let sandbox: Sandbox;
  const results: Array<{ example: DocExample; problems: string[] }> = [];

  beforeAll(async () => {
    sandbox = await startSandbox({ now: Date.now() });
  });
  afterAll(async () => {
    await sandbox?.close();
    const passed = results.filter((result) => !result.problems.length).length;
    const lines = [`blip docs conformance: ${passed} of ${examples.length}`];
    for (const [id, reason] of Object.entries(LEFT_OUT)) lines.push(`  left out ${id}: ${reason}`);
    for (const { example, problems } of results.filter((result) => result.problems.length)) lines.push(`  FAILS ${example.id}: ${problems.join('; ')}`);
    console.log(lines.join('\n'));
  });

  it.each(examples.map((example) => [example.id, example] as const))('%s', async (_id, example) => {
    if (LEFT_OUT[example.id]) return;
    const problems = await check(sandbox, example);
    results.push({ example, problems });
    expect(problems).toEqual([]);
  });

  it('leaves out only examples that exist, each with a reason', () => {
    const ids = new Set(examples.map((example) => example.id));
    expect(Object.keys(LEFT_OUT).filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.values(LEFT_OUT).every((reason) => reason.length > 20)).toBe(true);
  });

  it('holds an example of every call the catalog says the docs show (else the file predates the catalog: run npm run docs:extract)', () => {
    const shown = new Set(examples.map((example) => example.call));
    expect(BLIP_CALLS.filter((call) => call.documentation === 'docs' && !shown.has(call.key)).map((call) => call.key)).toEqual([]);
  });
});

async function check(sandbox: Sandbox, example: DocExample): Promise<string[]> {
  if (example.problem) return [example.problem];
  const { values, literals, botFor } = placeholderValues(sandbox);
  const request = fillPlaceholders(example.request.body, values, literals);
  const bot = botFor(example);
  await arrange(sandbox, bot, example, request, values);
  const reply = await post(sandbox, bot, example.request.target, request);
  const problems: string[] = [];
  if (example.request.target === '/messages') {
    if (reply.status !== 202) problems.push(`HTTP ${reply.status} (the docs: 202 Accepted)`);
    return problems;
  }
  if (reply.status !== 200 || !reply.body) return [`HTTP ${reply.status}`];
  const documented = example.response?.body;
  if (!documented) {
    if (reply.body.status !== 'success') problems.push(`failed: ${JSON.stringify(reply.body.reason)}`);
    return problems;
  }
  problems.push(...shapeProblems(documented, reply.body));
  const schema = REPLY_SCHEMAS[example.call];
  if (schema && documented.resource !== undefined) {
    const parsed = schema.safeParse(documented.resource);
    if (!parsed.success) problems.push(`our schema refuses the documented response: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join(', ')}`);
  }
  return problems;
}
