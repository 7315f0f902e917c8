/**
 * The dependency rule of the code base, in one table (docs/architecture.md explains it).
 * `npm run check:layers` lists what breaks it; the unit suite fails on any break.
 */

/** A folder (or one file) whose files follow the same rule. The longest matching path wins. */
export interface Unit {
  /** From the repository root: `lib/rpc`, `entrypoints/background.ts`. */
  path: string;
  /** Lower layers never import higher ones. Tools (tests, scripts, build configs) have none. */
  layer?: number;
  /** The units its files may import, beside their own. */
  imports: string[];
  /** npm packages its files may import (`zod` covers `zod/mini`; `node:` covers Node's modules). */
  packages: string[];
  /** Tools sit outside the product: they may import anything, and nothing in the product imports them. */
  tool?: boolean;
}

export const UNITS: Unit[] = [
  // Layer 0: words and rules every context shares. Pure: no I/O, no browser.
  { path: 'lib/errors', layer: 0, imports: [], packages: [] },
  { path: 'lib/domain', layer: 0, imports: ['lib/errors'], packages: ['zod'] },

  // Layer 1: the user's language, and the contract every context speaks (the floor services and UIs stand on).
  { path: 'lib/i18n', layer: 1, imports: ['lib/domain', 'lib/errors'], packages: ['@preact/signals', 'libphonenumber-js'] },
  { path: 'lib/rpc', layer: 1, imports: ['lib/domain', 'lib/errors'], packages: ['zod', 'wxt/browser'] },

  // Layer 2: Blip's HTTP API, the database, contact search, PDF transcripts, charts.
  { path: 'lib/blip', layer: 2, imports: ['lib/domain', 'lib/errors'], packages: ['zod'] },
  { path: 'lib/db', layer: 2, imports: ['lib/domain', 'lib/errors'], packages: ['dexie'] },
  { path: 'lib/search', layer: 2, imports: ['lib/db', 'lib/domain', 'lib/errors'], packages: [] },
  { path: 'lib/pdf', layer: 2, imports: ['lib/rpc', 'lib/domain', 'lib/errors'], packages: ['jspdf'] },
  { path: 'lib/charts', layer: 2, imports: ['lib/domain', 'lib/errors'], packages: ['uplot'] },

  // Layer 3: the three kinds of context. Each stands on the layers below and never on another one.
  {
    path: 'lib/background',
    layer: 3,
    imports: ['lib/blip', 'lib/db', 'lib/search', 'lib/rpc', 'lib/i18n', 'lib/domain', 'lib/errors'],
    packages: ['zod', 'wxt/browser'],
  },
  {
    path: 'lib/ui',
    layer: 3,
    imports: ['lib/rpc', 'lib/db', 'lib/search', 'lib/pdf', 'lib/charts', 'lib/i18n', 'lib/domain', 'lib/errors'],
    // The transcript's fonts (their script ranges; the files are bundled as assets).
    packages: ['preact', '@preact/signals', 'wxt/browser', '@fontsource/noto-sans', '@fontsource/noto-sans-arabic', '@fontsource/noto-sans-hebrew', '@fontsource/noto-sans-sc'],
  },
  { path: 'lib/desk', layer: 3, imports: ['lib/rpc', 'lib/i18n', 'lib/domain', 'lib/errors'], packages: ['wxt/browser'] },

  // Layer 4: Preact components read models and call the background; they never reach storage or Blip.
  { path: 'components', layer: 4, imports: ['lib/ui', 'lib/rpc', 'lib/i18n', 'lib/domain', 'lib/errors'], packages: ['preact', '@preact/signals', 'wxt/browser', 'lucide'] },

  // Layer 5: entry points only wire things up.
  { path: 'entrypoints/background.ts', layer: 5, imports: ['lib/background', 'lib/domain'], packages: [] },
  { path: 'entrypoints/desk.content', layer: 5, imports: ['lib/desk'], packages: [] },
  // Firefox's page-world helper for the desk: only the insertion events (release-build.e2e.ts checks it holds no extension API).
  { path: 'entrypoints/desk-page.content.ts', layer: 5, imports: ['lib/desk'], packages: [] },
  { path: 'entrypoints/sidepanel', layer: 5, imports: ['lib/ui', 'components'], packages: [] },
  { path: 'entrypoints/popup', layer: 5, imports: ['lib/ui', 'components'], packages: [] },
  { path: 'entrypoints/options', layer: 5, imports: ['lib/ui', 'components'], packages: [] },

  // The Blip stand-in is a witness of Blip's documented behaviour, not of our client: it shares no code with it.
  // Its desk page is a bench of the real editors a Desk build may use.
  {
    path: 'sandbox',
    imports: [],
    packages: [
      'node:',
      'react',
      'react-dom',
      'esbuild',
      ...['lexical', '@lexical/rich-text', '@lexical/history', 'slate', 'slate-react', 'slate-history', 'draft-js', '@tiptap/core', '@tiptap/starter-kit', 'quill'],
      ...['prosemirror-state', 'prosemirror-view', 'prosemirror-model', 'prosemirror-schema-basic', 'prosemirror-history', 'prosemirror-keymap', 'prosemirror-commands'],
    ],
  },

  // Tools.
  { path: 'tests', tool: true, imports: [], packages: [] },
  { path: 'scripts', tool: true, imports: [], packages: [] },
  { path: 'wxt.config.ts', tool: true, imports: [], packages: [] },
  { path: 'vitest.config.ts', tool: true, imports: [], packages: [] },
  { path: 'vitest.e2e.config.ts', tool: true, imports: [], packages: [] },
  { path: 'eslint.config.js', tool: true, imports: [], packages: [] },
];

/** Files that, beside their own unit, only the units listed may import (fewer than their unit's rule allows). */
export const RESTRICTED: Record<string, string[]> = {
  // Only the database's repositories open its tables.
  'lib/db/tables.ts': ['lib/db'],
  'lib/db/schema.ts': ['lib/db'],
  'lib/db/migrations': ['lib/db'],
  // Only the background answers calls.
  'lib/rpc/dispatcher.ts': ['lib/background'],
};

/** What a unit's unit tests may import beside the unit's own rule: the sandbox and the test helpers. */
export const TEST_EXTRAS: Pick<Unit, 'imports' | 'packages'> = {
  imports: ['sandbox', 'tests'],
  packages: ['vitest', 'fake-indexeddb', 'wxt/testing'],
};

/**
 * The desk content script runs inside a web page: everything it imports, types included, stays in
 * these units (no keys, no storage, no Blip client), and at run time it loads no package but the
 * browser API, so its bundle stays small.
 */
export const CONTENT_SCRIPT = {
  entry: 'entrypoints/desk.content/index.ts',
  units: ['entrypoints/desk.content', 'lib/desk', 'lib/rpc', 'lib/domain', 'lib/i18n', 'lib/errors'],
  runtimePackages: ['wxt/browser'],
};
