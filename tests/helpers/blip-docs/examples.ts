import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { BLIP_CALLS, callOf } from '../../../lib/blip/catalog';
import { httpSections, readHttpBlock } from './markdown';
import { readLenientJson } from './lenient-json';

/** One documented request (and its documented response, when the docs show one) of a call we make. */
export interface DocExample {
  /** `page#section-n`: stable while the docs do not move the example. */
  id: string;
  page: string;
  section: string;
  /** Key of the call in lib/blip/catalog.ts. */
  call: string;
  request: { target: '/commands' | '/messages'; body: Record<string, unknown> };
  response?: { status: number; body?: Record<string, unknown> };
  /** Typos in the docs' JSON that were fixed to read it. */
  repairs: string[];
  /** Why the example cannot be checked as written (unreadable JSON). */
  problem?: string;
}

export interface DocExamples {
  source: { repository: string; commit: string; date: string };
  examples: DocExample[];
}

const DOCS_ROOT = 'source/includes/en/';
const POSTMAN = 'getting-started/postman-collection.json';

/** Reads every documented example of the calls in the catalog from a git directory of takenet/blip-docs. */
export function extractExamples(gitDir: string): DocExamples {
  const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const [commit = '', date = ''] = git('log', '-1', '--format=%H %cI', 'HEAD').trim().split(' ');
  const pages = git('ls-tree', '-r', '--name-only', 'HEAD', DOCS_ROOT)
    .split('\n')
    .filter((path) => path.endsWith('.md'))
    .sort();
  const examples = pages.flatMap((page) => pageExamples(page.slice(DOCS_ROOT.length), git('show', `HEAD:${page}`)));
  examples.push(...postmanExamples(JSON.parse(git('show', `HEAD:${DOCS_ROOT}${POSTMAN}`))));
  return { source: { repository: 'takenet/blip-docs', commit, date }, examples };
}

/** The examples of one page, each request paired with the response(s) shown after it in its section. */
export function pageExamples(page: string, markdown: string): DocExample[] {
  const found: DocExample[] = [];
  for (const section of httpSections(markdown)) {
    const open: DocExample[] = [];
    section.blocks.forEach((text) => {
      const block = readHttpBlock(text);
      if (!block) return;
      const parsed = readLenientJson(block.body);
      if (block.kind === 'response') {
        for (const example of open.splice(0)) {
          example.response = { status: block.status!, body: parsed.value as Record<string, unknown> | undefined };
          example.repairs.push(...parsed.repairs.map((repair) => `response: ${repair}`));
          if (parsed.error) example.problem = `the documented response is not readable JSON (${parsed.error})`;
        }
        return;
      }
      const body = parsed.value as Record<string, unknown> | undefined;
      const call = requestCall(block.target, body);
      if (!call) return;
      const example: DocExample = {
        id: `${page.replace(/\.md$/, '')}#${slug(section.heading)}-${found.filter((other) => other.section === section.heading).length + 1}`,
        page,
        section: section.heading,
        call,
        request: { target: block.target as '/commands' | '/messages', body: body ?? {} },
        repairs: parsed.repairs.map((repair) => `request: ${repair}`),
        problem: parsed.error ? `the documented request is not readable JSON (${parsed.error})` : undefined,
      };
      found.push(example);
      open.push(example);
    });
  }
  return found;
}

interface PostmanItem {
  name: string;
  item?: PostmanItem[];
  request?: { url?: string | { raw?: string }; body?: { raw?: string } };
}

/** The requests of the docs' Postman collection (it shows no responses). */
export function postmanExamples(collection: { item: PostmanItem[] }): DocExample[] {
  const found: DocExample[] = [];
  const walk = (items: PostmanItem[], folder: string) => {
    for (const item of items) {
      if (item.item) walk(item.item, `${folder}/${item.name}`);
      const url = typeof item.request?.url === 'string' ? item.request.url : item.request?.url?.raw;
      const target = /\/(commands|messages)\b/.exec(url ?? '')?.[0] as '/commands' | '/messages' | undefined;
      if (!target || !item.request?.body?.raw) continue;
      const parsed = readLenientJson(item.request.body.raw);
      const body = parsed.value as Record<string, unknown> | undefined;
      const call = requestCall(target, body);
      if (!call || !body) continue;
      found.push({ id: `${POSTMAN}#${slug(`${folder} ${item.name}`)}`, page: POSTMAN, section: `${folder.slice(1)} › ${item.name}`, call, request: { target, body }, repairs: parsed.repairs.map((repair) => `request: ${repair}`) });
    }
  };
  walk(collection.item, '');
  return found;
}

/**
 * Which catalogued call a documented request is. Of the messages, only those we send: a text or a
 * WhatsApp template from the bot to a customer (not what the bot receives, which carries `from`).
 */
function requestCall(target: string, body: Record<string, unknown> | undefined): string | undefined {
  if (!body) return undefined;
  if (target === '/messages') return isMessageWeSend(body) ? 'messages.send' : undefined;
  if (target !== '/commands' || typeof body.method !== 'string' || typeof body.uri !== 'string') return undefined;
  return callOf({ to: typeof body.to === 'string' ? body.to : undefined, method: body.method, uri: body.uri })?.key;
}

function isMessageWeSend(body: Record<string, unknown>): boolean {
  const to = typeof body.to === 'string' ? body.to : '';
  if (body.from !== undefined || !to || /@(desk|tunnel|broadcast)\.msging\.net/.test(to)) return false;
  const content = body.content as { type?: unknown } | undefined;
  return body.type === 'text/plain' || (body.type === 'application/json' && content?.type === 'template');
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The examples kept in the repository (Blip's text under its Apache 2.0 licence; see the folder's README). */
export const DEFAULT_EXAMPLES_FILE = new URL('../../fixtures/blip-docs/examples.json', import.meta.url);

/**
 * Reads the examples file (`BLIP_DOCS_EXAMPLES` names another one), or extracts from a docs git
 * directory (`BLIP_DOCS_DIR`) when there is no file or the file predates the catalog (it lacks a call
 * the catalog says the docs show), or says why neither is there. Only the examples of calls this code
 * base catalogues are kept, so a file extracted for a newer catalog still serves an older one.
 */
export function loadExamples(file: URL | string = process.env.BLIP_DOCS_EXAMPLES ?? DEFAULT_EXAMPLES_FILE, gitDir = process.env.BLIP_DOCS_DIR): DocExamples | { missing: string } {
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DocExamples) : undefined;
  const docsAt = gitDir && existsSync(gitDir) ? gitDir : undefined;
  const loaded = stored && (!docsAt || coversCatalog(stored)) ? stored : docsAt ? extractExamples(docsAt) : undefined;
  if (!loaded) return { missing: `No ${file instanceof URL ? file.pathname : file} and no BLIP_DOCS_DIR (a git directory of takenet/blip-docs): run "npm run docs:extract -- <git-dir>"` };
  return { ...loaded, examples: loaded.examples.filter((example) => callOf({ to: stringOr(example.request.body.to), method: String(example.request.body.method ?? 'send'), uri: String(example.request.body.uri ?? '') })?.key === example.call || (example.call === 'messages.send' && example.request.target === '/messages')) };
}

/** True when the file has an example of every call the catalog says the docs show. */
function coversCatalog(examples: DocExamples): boolean {
  const shown = new Set(examples.examples.map((example) => example.call));
  return BLIP_CALLS.every((call) => call.documentation !== 'docs' || shown.has(call.key));
}

const stringOr = (value: unknown) => (typeof value === 'string' ? value : undefined);
