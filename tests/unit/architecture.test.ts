// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkArchitecture } from '../../scripts/architecture/check';
import { loadProjectGraph, PROJECT_RULES } from '../../scripts/architecture/load';

/**
 * The dependency rule of docs/architecture.md, on the real code base: no upward or sideways import,
 * no package a layer may not use, no folder cycle, and a desk content script that reaches only its
 * units. `npm run check:layers` prints the same list.
 */
describe('architecture', () => {
  const graph = loadProjectGraph(fileURLToPath(new URL('../..', import.meta.url)));

  it('reads the whole code base', () => {
    expect(graph.size).toBeGreaterThan(300);
    expect(graph.get('entrypoints/desk.content/index.ts')?.length).toBeGreaterThan(0);
  });

  it('keeps every import within the rules', () => {
    const violations = checkArchitecture(graph, PROJECT_RULES).map(({ kind, at, message }) => `${kind} ${at}: ${message}`);
    expect(violations).toEqual([]);
  });
});
