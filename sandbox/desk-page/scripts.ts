import { fileURLToPath } from 'node:url';

/** The desk bench's scripts, one per editor kind, bundled from the real npm packages. */
const ENTRIES: Record<string, string> = {
  plain: 'plain.ts',
  react: 'react.tsx',
  lexical: 'lexical.ts',
  slate: 'slate.tsx',
  draft: 'draft.tsx',
  prosemirror: 'prosemirror.ts',
  tiptap: 'tiptap.ts',
  quill: 'quill.ts',
};

const bundles = new Map<string, Promise<string>>();

/** The bundled script for `/desk/editors/{name}.js`, built once on first request (a failed build is retried). */
export function editorScript(name: string): Promise<string> | undefined {
  const entry = ENTRIES[name];
  if (!entry) return undefined;
  let bundle = bundles.get(name);
  if (!bundle) {
    bundle = build(entry).catch((error: unknown) => {
      bundles.delete(name);
      throw error;
    });
    bundles.set(name, bundle);
  }
  return bundle;
}

async function build(entry: string): Promise<string> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`./editors/${entry}`, import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
