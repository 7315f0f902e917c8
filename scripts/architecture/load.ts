import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildImportGraph, type ImportGraph } from './import-graph';
import type { Rules } from './check';
import { CONTENT_SCRIPT, RESTRICTED, TEST_EXTRAS, UNITS } from './rules';

/** The rules of scripts/architecture/rules.ts, as the checker takes them. */
export const PROJECT_RULES: Rules = { units: UNITS, restricted: RESTRICTED, testExtras: TEST_EXTRAS, contentScript: CONTENT_SCRIPT };

const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'coverage', 'screenshots', 'bench-results', 'test-results', 'public']);
const SOURCE = /\.(ts|tsx|js|mjs)$/;

/** Reads every source file of the repository (paths from its root) and builds their import graph. */
export function loadProjectGraph(root: string): ImportGraph {
  const sources = new Map<string, string>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!SKIP.has(entry.name)) walk(path);
      } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        sources.set(path, readFileSync(join(root, path), 'utf8'));
      }
    }
  };
  walk('');
  return buildImportGraph(sources);
}
