import type { ImportEdge, ImportGraph } from './import-graph';
import type { Unit } from './rules';

export interface Rules {
  units: Unit[];
  restricted: Record<string, string[]>;
  testExtras: Pick<Unit, 'imports' | 'packages'>;
  contentScript: { entry: string; units: string[]; runtimePackages: string[] };
}

export type ViolationKind = 'unknown-file' | 'unresolved' | 'layer' | 'package' | 'restricted' | 'cycle' | 'content-script' | 'rules';

export interface Violation {
  kind: ViolationKind;
  /** Where to fix it: `file:line`, or the folders of a cycle. */
  at: string;
  message: string;
}

const TEST_FILE = /\.(test|spec)\.tsx?$/;

/** Every way the graph breaks the rules; empty when it keeps them all. */
export function checkArchitecture(graph: ImportGraph, rules: Rules): Violation[] {
  return [...checkTable(rules), ...checkImports(graph, rules), ...checkFolderCycles(graph), ...checkContentScript(graph, rules)];
}

/** The unit a path belongs to: the longest rule path that is the path or one of its folders. */
export function unitOf(path: string, units: Unit[]): Unit | undefined {
  let best: Unit | undefined;
  for (const unit of units) {
    if (within(path, unit.path) && (!best || unit.path.length > best.path.length)) best = unit;
  }
  return best;
}

function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

function packageAllowed(specifier: string, allowed: string[]): boolean {
  return allowed.some((entry) => (entry.endsWith(':') ? specifier.startsWith(entry) : specifier === entry || specifier.startsWith(`${entry}/`)));
}

/** The table itself: permissions only point down (or across a layer), and name known units. */
function checkTable(rules: Rules): Violation[] {
  const out: Violation[] = [];
  for (const unit of rules.units) {
    for (const target of unit.imports) {
      const other = rules.units.find((candidate) => candidate.path === target);
      if (!other) out.push({ kind: 'rules', at: unit.path, message: `allows ${target}, which is no unit` });
      else if (unit.layer !== undefined && other.layer !== undefined && other.layer > unit.layer) {
        out.push({ kind: 'rules', at: unit.path, message: `layer ${unit.layer} may not be allowed to import ${target} (layer ${other.layer})` });
      }
    }
  }
  return out;
}

function checkImports(graph: ImportGraph, rules: Rules): Violation[] {
  const out: Violation[] = [];
  for (const [file, edges] of graph) {
    const unit = unitOf(file, rules.units);
    if (!unit) {
      out.push({ kind: 'unknown-file', at: file, message: 'belongs to no unit of scripts/architecture/rules.ts: add its folder there' });
      continue;
    }
    const isTest = TEST_FILE.test(file);
    for (const edge of edges) {
      const at = `${file}:${edge.line}`;
      const problem = edge.package !== undefined ? packageProblem(unit, edge, isTest, rules) : fileProblem(file, unit, edge, graph, isTest, rules);
      if (problem) out.push({ ...problem, at });
    }
  }
  return out;
}

function packageProblem(unit: Unit, edge: ImportEdge, isTest: boolean, rules: Rules): Omit<Violation, 'at'> | undefined {
  if (unit.tool) return undefined;
  const allowed = [...unit.packages, ...(isTest ? rules.testExtras.packages : [])];
  if (packageAllowed(edge.package!, allowed)) return undefined;
  return { kind: 'package', message: `${unit.path} may not import the package ${edge.package}` };
}

function fileProblem(file: string, unit: Unit, edge: ImportEdge, graph: ImportGraph, isTest: boolean, rules: Rules): Omit<Violation, 'at'> | undefined {
  if (edge.file === undefined) return undefined; // An asset (CSS, JSON).
  if (!graph.has(edge.file)) return { kind: 'unresolved', message: `${edge.specifier} names no source file` };
  const target = unitOf(edge.file, rules.units);
  if (!target) return undefined; // Reported once as an unknown file.
  for (const [restricted, allowed] of Object.entries(rules.restricted)) {
    if (within(edge.file, restricted) && target !== unit && !allowed.some((path) => within(file, path)) && !unit.tool) {
      return { kind: 'restricted', message: `${edge.file} is for ${allowed.join(', ')} only` };
    }
  }
  if (target === unit || unit.tool) return undefined;
  if (target.tool && !(isTest && rules.testExtras.imports.includes(target.path))) {
    return { kind: 'layer', message: `${unit.path} may not import ${target.path}: tools sit outside the product` };
  }
  const allowed = [...unit.imports, ...(isTest ? rules.testExtras.imports : [])];
  if (allowed.includes(target.path)) return undefined;
  const direction = unit.layer !== undefined && target.layer !== undefined && target.layer > unit.layer ? ` (upward: layer ${unit.layer} → ${target.layer})` : '';
  return { kind: 'layer', message: `${unit.path} may not import ${target.path}${direction}: ${edge.file}` };
}

/**
 * Folder cycles: for each import between two sibling folders (the two folders just below the
 * importer's and the imported file's deepest common folder), an edge between those folders. Any
 * cycle among siblings is reported. A folder's own files (its index, its wiring) and unit tests
 * (which reach into test helpers) take no part.
 */
export function checkFolderCycles(graph: ImportGraph): Violation[] {
  const edges = new Map<string, Set<string>>();
  const example = new Map<string, string>();
  for (const [file, imports] of graph) {
    if (TEST_FILE.test(file)) continue;
    for (const edge of imports) {
      if (edge.file === undefined || !graph.has(edge.file)) continue;
      const pair = siblingFolders(file, edge.file);
      if (!pair) continue;
      const [from, to] = pair;
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
      if (!example.has(`${from}>${to}`)) example.set(`${from}>${to}`, `${file} → ${edge.file}`);
    }
  }
  return findCycles(edges).map((cycle) => ({
    kind: 'cycle' as const,
    at: cycle.join(' → '),
    message: `folders import each other: ${cycle
      .slice(0, -1)
      .map((from, index) => example.get(`${from}>${cycle[index + 1]}`))
      .join('; ')}`,
  }));
}

/** The two sibling folders an import connects, or undefined when either side is a file of their common folder. */
function siblingFolders(from: string, to: string): [string, string] | undefined {
  const a = from.split('/');
  const b = to.split('/');
  let common = 0;
  while (common < a.length - 1 && common < b.length - 1 && a[common] === b[common]) common++;
  if (common >= a.length - 1 || common >= b.length - 1) return undefined;
  return [a.slice(0, common + 1).join('/'), b.slice(0, common + 1).join('/')];
}

/** Elementary cycles found by depth-first search, each once (as `a → b → a`). */
function findCycles(edges: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (node: string, path: string[]) => {
    for (const next of edges.get(node) ?? []) {
      const start = path.indexOf(next);
      if (start >= 0) {
        const cycle = [...path.slice(start), next];
        const key = [...cycle.slice(0, -1)].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (path.length < 12) visit(next, [...path, next]);
    }
  };
  for (const node of [...edges.keys()].sort()) visit(node, [node]);
  return cycles;
}

/**
 * The content script's import closure (types included) stays in its units, and at run time (type
 * imports erased) it loads only the allowed packages. Each way out is reported where it leaves.
 */
function checkContentScript(graph: ImportGraph, rules: Rules): Violation[] {
  const { entry, units, runtimePackages } = rules.contentScript;
  if (!graph.has(entry)) return [{ kind: 'content-script', at: entry, message: 'the content script entry is missing' }];
  const out: Violation[] = [];
  const inside = (file: string) => units.some((unit) => within(file, unit));
  const walk = (runtimeOnly: boolean) => {
    const reached = new Set([entry]);
    const queue = [entry];
    while (queue.length) {
      const file = queue.shift()!;
      for (const edge of graph.get(file) ?? []) {
        if (runtimeOnly && edge.typeOnly) continue;
        const at = `${file}:${edge.line}`;
        if (runtimeOnly && edge.package && !packageAllowed(edge.package, runtimePackages)) {
          out.push({ kind: 'content-script', at, message: `the content script loads the package ${edge.package} at run time` });
        }
        if (!edge.file || !graph.has(edge.file) || reached.has(edge.file)) continue;
        reached.add(edge.file);
        if (inside(edge.file)) queue.push(edge.file);
        else if (!runtimeOnly) out.push({ kind: 'content-script', at, message: `the content script reaches ${edge.file}` });
      }
    }
  };
  walk(false);
  walk(true);
  return out;
}
