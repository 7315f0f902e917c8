// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadProjectGraph } from '../../scripts/architecture/load';
import type { ImportGraph } from '../../scripts/architecture/import-graph';

/** Every file and package a page runs before it paints: its entry's imports, without types and without what loads later. */
function firstLoad(graph: ImportGraph, entries: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const edge of graph.get(file) ?? []) {
      if (edge.typeOnly || edge.dynamic) continue;
      if (edge.package) packages.add(edge.package);
      if (edge.file) stack.push(edge.file);
    }
  }
  return { files, packages };
}

/**
 * The side panel paints with its shell and its first section only: the database (Dexie), the
 * schemas (zod), the search engine, the PDF, the phone-numbering rules and every language's messages
 * load afterwards, on demand. `npm run bench:ux` times the result against a minimal panel.
 */
describe('side panel first paint', () => {
  const graph = loadProjectGraph(fileURLToPath(new URL('../..', import.meta.url)));
  const { files, packages } = firstLoad(graph, ['entrypoints/sidepanel/main.tsx']);

  it('loads no database, schema, search engine, PDF or phone-numbering code', () => {
    expect([...packages].filter((name) => ['zod', 'dexie', 'jspdf', 'libphonenumber-js'].includes(name) || name.startsWith('libphonenumber-js/'))).toEqual([]);
    // (lib/db/damage.ts, the registry of records found damaged, holds no database code.)
    expect([...files].filter((file) => /^lib\/(search|pdf|blip|background)\//.test(file) || (file.startsWith('lib/db/') && file !== 'lib/db/damage.ts'))).toEqual([]);
  });

  it('loads no messages: one language is loaded on its own (or its copy kept by the last page)', () => {
    expect([...files].filter((file) => file.startsWith('lib/i18n/messages') || file.startsWith('lib/i18n/catalog/') && !file.endsWith('load.ts'))).toEqual([]);
  });

  it('loads the first section (the search), but no other section', () => {
    expect(files.has('components/conversas/GlobalSearch.tsx')).toBe(true);
    expect([...files].filter((file) => /^components\/(contactos|fuera-horario|historial|monitoreo|respuestas|ausencia|templates)\//.test(file) || file.includes('ContactView'))).toEqual([]);
  });
});
