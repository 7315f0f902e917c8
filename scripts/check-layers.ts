import { fileURLToPath } from 'node:url';
import { checkArchitecture } from './architecture/check';
import { loadProjectGraph, PROJECT_RULES } from './architecture/load';

/**
 * Lists every import that breaks the dependency rule (scripts/architecture/rules.ts, explained in
 * docs/architecture.md): upward or sideways imports, forbidden packages, folder cycles, and what
 * the desk content script reaches. Exits 1 when there is any.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const graph = loadProjectGraph(root);
const violations = checkArchitecture(graph, PROJECT_RULES);
const imports = [...graph.values()].reduce((count, edges) => count + edges.length, 0);

for (const violation of violations) console.log(`${violation.kind.padEnd(14)} ${violation.at}\n${' '.repeat(15)}${violation.message}`);
console.log(`${graph.size} files, ${imports} imports checked: ${violations.length ? `${violations.length} violations` : 'no upward imports, no folder cycles, the content script stays in its units'}.`);
process.exitCode = violations.length ? 1 : 0;
