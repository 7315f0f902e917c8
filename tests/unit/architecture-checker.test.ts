// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildImportGraph, importsOf } from '../../scripts/architecture/import-graph';
import { checkArchitecture, type Rules } from '../../scripts/architecture/check';

/** A small code base with the project's shape, to show what the checker catches. */
const RULES: Rules = {
  units: [
    { path: 'lib/domain', layer: 0, imports: [], packages: ['zod'] },
    { path: 'lib/rpc', layer: 1, imports: ['lib/domain'], packages: ['zod'] },
    { path: 'lib/db', layer: 2, imports: ['lib/domain'], packages: ['dexie'] },
    { path: 'lib/background', layer: 3, imports: ['lib/rpc', 'lib/db', 'lib/domain'], packages: [] },
    { path: 'lib/desk', layer: 3, imports: ['lib/rpc', 'lib/domain'], packages: [] },
    { path: 'components', layer: 4, imports: ['lib/rpc', 'lib/domain'], packages: ['preact'] },
    { path: 'entrypoints/desk.content', layer: 5, imports: ['lib/desk'], packages: [] },
    { path: 'tests', tool: true, imports: [], packages: [] },
  ],
  restricted: { 'lib/db/tables.ts': ['lib/db'] },
  testExtras: { imports: ['tests'], packages: ['vitest'] },
  contentScript: { entry: 'entrypoints/desk.content/index.ts', units: ['entrypoints/desk.content', 'lib/desk', 'lib/rpc', 'lib/domain'], runtimePackages: [] },
};

/** The synthetic code base, correct as given; each test adds one wrong import. */
const BASE: Record<string, string> = {
  'lib/domain/reply.ts': `export interface Reply { id: string }`,
  'lib/rpc/contract.ts': `import { z } from 'zod';\nimport type { Reply } from '../domain/reply';\nexport const contract = { replies: z.object({}) };\nexport type Out = Reply[];`,
  'lib/rpc/client.ts': `import type { Out } from './contract';\nexport async function rpc(): Promise<Out> { return []; }`,
  'lib/db/tables.ts': `import Dexie from 'dexie';\nexport class Tables extends Dexie {}`,
  'lib/db/replies.ts': `import { Tables } from './tables';\nexport const read = () => new Tables();`,
  'lib/background/start.ts': `import { read } from '@/lib/db/replies';\nimport { contract } from '../rpc/contract';\nexport const start = () => [read, contract];`,
  'lib/desk/palette.ts': `import { rpc } from '../rpc/client';\nexport const open = () => rpc();`,
  'components/List.tsx': `import { h } from 'preact';\nimport type { Reply } from '@/lib/domain/reply';\nexport const List = (r: Reply) => h('ul', null, r.id);`,
  'entrypoints/desk.content/index.ts': `import { open } from '@/lib/desk/palette';\nopen();`,
};

function check(extra: Record<string, string> = {}) {
  return checkArchitecture(buildImportGraph(new Map(Object.entries({ ...BASE, ...extra }))), RULES);
}

function withLine(file: string, line: string) {
  return { [file]: `${line}\n${BASE[file] ?? ''}` };
}

describe('architecture checker', () => {
  it('finds nothing wrong in a code base that keeps the rules', () => {
    expect(check()).toEqual([]);
  });

  it('reads every kind of import, type-only ones marked', () => {
    const source = [
      `import a from './a';`,
      `import type { B } from './b';`,
      `import { type C, d } from './cd';`,
      `import { type E } from './e';`,
      `export { f } from './f';`,
      `export type { G } from './g';`,
      `import './side-effect';`,
      `const h = () => import('./h');`,
      `let i: import('./i').I;`,
      `new Worker(new URL('./worker.ts', import.meta.url));`,
    ].join('\n');
    expect(importsOf('lib/x.ts', source).map(({ specifier, typeOnly }) => [specifier, typeOnly])).toEqual([
      ['./a', false],
      ['./b', true],
      ['./cd', false],
      ['./e', true],
      ['./f', false],
      ['./g', true],
      ['./side-effect', false],
      ['./h', false],
      ['./i', true],
      ['./worker.ts', false],
    ]);
  });

  it('resolves aliases, relative paths, index files and packages', () => {
    const graph = buildImportGraph(
      new Map([
        ['lib/a/x.ts', `import '@/lib/b';\nimport '../c/y';\nimport 'zod/mini';\nimport './style.css';`],
        ['lib/b/index.ts', ''],
        ['lib/c/y.tsx', ''],
      ]),
    );
    expect(graph.get('lib/a/x.ts')!.map(({ file, package: name }) => file ?? name ?? 'asset')).toEqual(['lib/b/index.ts', 'lib/c/y.tsx', 'zod/mini', 'asset']);
  });

  it('fails a lower layer importing a higher one', () => {
    expect(check(withLine('lib/domain/reply.ts', `import { read } from '../db/replies';`))).toEqual([
      expect.objectContaining({ kind: 'layer', at: 'lib/domain/reply.ts:1', message: expect.stringContaining('upward: layer 0 → 2') }),
      // The content script uses lib/domain, so it now reaches the database too.
      expect.objectContaining({ kind: 'content-script', message: 'the content script reaches lib/db/replies.ts' }),
    ]);
  });

  it('fails a component that reaches the database or the background, even for a type', () => {
    const violations = check(withLine('components/List.tsx', `import type { Tables } from '@/lib/db/replies';`));
    expect(violations).toContainEqual(expect.objectContaining({ kind: 'layer', at: 'components/List.tsx:1', message: expect.stringContaining('components may not import lib/db') }));
  });

  it('fails a package the unit may not use', () => {
    expect(check(withLine('lib/desk/palette.ts', `import { z } from 'zod';`))).toEqual([
      expect.objectContaining({ kind: 'package', at: 'lib/desk/palette.ts:1' }),
      expect.objectContaining({ kind: 'content-script', message: 'the content script loads the package zod at run time' }),
    ]);
  });

  it('fails a folder cycle between units that may import each other', () => {
    const rules: Rules = { ...RULES, units: RULES.units.map((unit) => (unit.path === 'lib/desk' ? { ...unit, imports: [...unit.imports, 'lib/background'] } : unit.path === 'lib/background' ? { ...unit, imports: [...unit.imports, 'lib/desk'] } : unit)) };
    const graph = buildImportGraph(
      new Map(Object.entries({ ...BASE, ...withLine('lib/desk/palette.ts', `import type { start } from '../background/start';`), ...withLine('lib/background/start.ts', `import { open } from '../desk/palette';`) })),
    );
    expect(checkArchitecture(graph, rules)).toContainEqual(expect.objectContaining({ kind: 'cycle', at: 'lib/background → lib/desk → lib/background' }));
  });

  it("fails when the content script's types reach past its units", () => {
    const violations = check(withLine('lib/rpc/contract.ts', `import type { Tables } from '../db/tables';`));
    expect(violations).toContainEqual(expect.objectContaining({ kind: 'content-script', at: 'lib/rpc/contract.ts:1', message: 'the content script reaches lib/db/tables.ts' }));
  });

  it('fails a file imported from outside the units it is restricted to', () => {
    expect(check(withLine('lib/background/start.ts', `import { Tables } from '../db/tables';`))).toEqual([
      expect.objectContaining({ kind: 'restricted', at: 'lib/background/start.ts:1', message: 'lib/db/tables.ts is for lib/db only' }),
    ]);
  });

  it('fails a file outside every unit, and an import of a missing file', () => {
    expect(check({ 'lib/stray/x.ts': `import '../domain/nope';` })).toEqual([expect.objectContaining({ kind: 'unknown-file', at: 'lib/stray/x.ts' })]);
    expect(check(withLine('lib/desk/palette.ts', `import '../domain/nope';`))).toEqual([expect.objectContaining({ kind: 'unresolved', at: 'lib/desk/palette.ts:1' })]);
  });

  it('lets unit tests import test helpers, but not product code', () => {
    expect(check({ 'tests/helpers/db.ts': `import { read } from '../../lib/db/replies';`, 'lib/db/replies.test.ts': `import '../../tests/helpers/db';\nimport 'vitest';` })).toEqual([]);
    expect(check({ 'tests/helpers/db.ts': '', 'lib/db/replies.ts': `import '../../tests/helpers/db';` })).toContainEqual(expect.objectContaining({ kind: 'layer', message: expect.stringContaining('tools sit outside the product') }));
  });

  it('fails a rule table that lets a layer import a higher one', () => {
    const rules: Rules = { ...RULES, units: RULES.units.map((unit) => (unit.path === 'lib/rpc' ? { ...unit, imports: ['lib/db'] } : unit)) };
    expect(checkArchitecture(buildImportGraph(new Map(Object.entries(BASE))), rules)).toContainEqual(expect.objectContaining({ kind: 'rules', at: 'lib/rpc' }));
  });
});
