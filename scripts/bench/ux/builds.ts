import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { NEVER_LOADED } from '../../../tests/e2e/harness/never-loaded';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/**
 * Builds the release extension and its store zip (whose sizes are printed), and the sandbox build
 * the timings run (the same code, also allowed to reach the local Blip sandbox); returns the zip's path.
 */
export function buildExtension(): string {
  execFileSync('npx', ['wxt', 'zip'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npx', ['wxt', 'build', '--mode', 'sandbox'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const zip = readdirSync('.output').find((name) => name.endsWith('-chrome.zip'));
  if (!zip) throw new Error('wxt zip made no chrome zip');
  return path.resolve('.output', zip);
}

const MINIMAL_FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'minimal-panel', version: '1.0.0', private: true, type: 'module' }),
  'wxt.config.ts': `import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
export default defineConfig({ vite: () => ({ plugins: [preact()] }), manifest: { name: 'Minimal panel' } });
`,
  'entrypoints/sidepanel/index.html': `<!doctype html>
<html lang="es">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Panel</title>
  </head>
  <body>
    <div id="app"></div>
    <script type="module" src="./main.tsx"></script>
  </body>
</html>
`,
  // The floor of a service worker's first answer: one that answers every message at once.
  'entrypoints/background.ts': `export default defineBackground(() => {
  chrome.runtime.onMessage.addListener((_message, _sender, respond) => {
    respond({ ok: true, value: null });
  });
});
`,
  'entrypoints/sidepanel/main.tsx': `import { render } from 'preact';
render(
  <main>
    <label for="q">Buscar</label>
    <input id="q" type="search" />
  </main>,
  document.getElementById('app')!,
);
`,
};

/**
 * The floor: a WXT + Preact side panel with one input (and a service worker that answers every
 * message at once), built now with the same toolchain (the project's own node_modules) into a
 * temporary folder. Returns the built extension's folder.
 */
export function buildMinimalPanel(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'minimal-panel-'));
  for (const [file, content] of Object.entries(MINIMAL_FILES)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  execFileSync('npx', ['wxt', 'build', root], { stdio: ['ignore', 'ignore', 'inherit'] });
  return path.join(root, '.output/chrome-mv3');
}

interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

function sizeOf(dir: string, file: string): FileSize {
  const content = readFileSync(path.join(dir, file));
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

function filesUnder(dir: string, base = ''): string[] {
  return readdirSync(path.join(dir, base)).flatMap((name) => {
    const relative = path.join(base, name);
    return statSync(path.join(dir, relative)).isDirectory() ? filesUnder(dir, relative) : [relative];
  });
}

/** The scripts and styles a page loads before it runs: its entry module, its modulepreloads and stylesheets. */
function pageFiles(dir: string, html: string): string[] {
  const source = readFileSync(path.join(dir, html), 'utf8');
  return [...source.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
}

export interface BuildSizes {
  zipBytes: number;
  /** Each entry: what it loads before running (raw and gzip), plus the files it may load later. */
  entries: Array<{ entry: string; bytes: number; gzip: number }>;
  files: FileSize[];
  /** Output files named after libraries the product never loads. */
  neverLoaded: string[];
}

/** Sizes of the built extension: the zip, each entry's first load, and every script. */
export function buildSizes(dir: string, zip: string): BuildSizes {
  const files = filesUnder(dir).filter((file) => /\.(js|css)$/.test(file)).map((file) => sizeOf(dir, file));
  const byName = new Map(files.map((file) => [file.file, file]));
  const sum = (names: string[]) => names.map((name) => byName.get(name) ?? sizeOf(dir, name)).reduce((total, file) => ({ bytes: total.bytes + file.bytes, gzip: total.gzip + file.gzip }), { bytes: 0, gzip: 0 });
  const entries = [
    { entry: 'side panel (first load)', names: pageFiles(dir, 'sidepanel.html') },
    { entry: 'popup', names: pageFiles(dir, 'popup.html') },
    { entry: 'options', names: pageFiles(dir, 'options.html') },
    { entry: 'background', names: ['background.js'] },
    { entry: 'desk content script', names: ['content-scripts/desk.js'] },
    { entry: 'search worker', names: files.filter((file) => /search-worker/.test(file.file)).map((file) => file.file) },
  ].map(({ entry, names }) => ({ entry, ...sum(names) }));
  const neverLoaded = files.filter((file) => file.file.endsWith('.js')).flatMap((file) => {
    const source = readFileSync(path.join(dir, file.file), 'utf8');
    return Object.entries(NEVER_LOADED).filter(([, marker]) => source.includes(marker)).map(([name]) => `${name} in ${file.file}`);
  });
  return { zipBytes: statSync(zip).size, entries, files, neverLoaded };
}
