import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const CATALOG = /[\\/]lib[\\/]i18n[\\/]catalog[\\/](es|pt_BR|en)\.ts$/;

/**
 * One language per chunk. Each `lib/i18n/catalog/<language>.ts` picks its language out of every
 * feature's messages (all three languages in one file, where features keep them side by side); a
 * bundler cannot split an object, so this build step evaluates the messages once and replaces each
 * catalogue module with that language's messages alone. Source, type checks and tests use the real
 * modules; the result is the same data.
 */
export function messagesPerLanguage(root: string): Plugin {
  const messagesDir = path.join(root, 'lib/i18n/messages');
  let messages: Promise<Record<string, Record<string, string>>> | undefined;
  return {
    name: 'asistencia:messages-per-language',
    enforce: 'pre',
    buildStart() {
      messages = undefined;
    },
    async load(id) {
      const language = CATALOG.exec(id.split('?')[0]!)?.[1];
      if (!language) return null;
      for (const file of readdirSync(messagesDir)) this.addWatchFile(path.join(messagesDir, file));
      messages ??= evaluate(path.join(messagesDir, 'index.ts'));
      const catalog = (await messages)[language];
      if (!catalog) throw new Error(`No messages for ${language}`);
      // JSON.parse of a string literal is the fastest way for an engine to read a large object.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(catalog))});`;
    },
  };
}

/** Bundles the messages module on its own and runs it here, at build time. */
async function evaluate(entry: string): Promise<Record<string, Record<string, string>>> {
  const bundled = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
  const module = (await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0]!.text).toString('base64')}`)) as { messages: Record<string, Record<string, string>> };
  return module.messages;
}
