import ts from 'typescript';

/** One import found in a source file. */
export interface ImportEdge {
  /** As written: `../db/database`, `@/lib/rpc/client`, `zod/mini`. */
  specifier: string;
  /** The imported source file, from the repository root; absent for packages and assets. */
  file?: string;
  /** The npm package (or `node:` module) imported, when it is one. */
  package?: string;
  /** `import type`, `export type … from`, or an `import('…').Type` in a type position. */
  typeOnly: boolean;
  /** `import('…')` at run time, or a worker's script: loaded later, not with the importing module. */
  dynamic?: boolean;
  line: number;
}

/** Every source file (path from the repository root) and what it imports. */
export type ImportGraph = Map<string, ImportEdge[]>;

const SOURCE = /\.(ts|tsx|js|mjs)$/;
const ASSET = /\.(css|json|html|png|svg)$/;
/** WXT's path aliases, all meaning the repository root. */
const ALIASES = ['@/', '~/', '@@/', '~~/'];
const CANDIDATES = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx'];

/**
 * Builds the graph of the given sources: every static, type-only, re-exported and dynamic import,
 * `import('…')` types, and workers started with `new URL('…', import.meta.url)`.
 */
export function buildImportGraph(sources: Map<string, string>): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const [path, text] of sources) {
    if (!SOURCE.test(path)) continue;
    graph.set(
      path,
      importsOf(path, text).map((found) => ({ ...found, ...resolve(path, found.specifier, sources) })),
    );
  }
  return graph;
}

/** The imports written in one file, unresolved. */
export function importsOf(path: string, text: string): Array<Pick<ImportEdge, 'specifier' | 'typeOnly' | 'line' | 'dynamic'>> {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Array<Pick<ImportEdge, 'specifier' | 'typeOnly' | 'line' | 'dynamic'>> = [];
  const add = (literal: ts.Node, typeOnly: boolean, dynamic = false) => {
    if (!ts.isStringLiteralLike(literal)) return;
    found.push({ specifier: literal.text, typeOnly, line: source.getLineAndCharacterOfPosition(literal.getStart()).line + 1, ...(dynamic ? { dynamic } : {}) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, isTypeOnlyImport(node));
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly || isTypeOnlyExport(node));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      add(node.arguments[0], false, true);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    } else if (ts.isNewExpression(node) && isModuleUrl(node)) {
      add(node.arguments![0]!, false, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false; // A side-effect import runs the module.
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function isTypeOnlyExport(node: ts.ExportDeclaration): boolean {
  const clause = node.exportClause;
  return clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((element) => element.isTypeOnly);
}

/** `new URL('./worker.ts', import.meta.url)`: how a page starts a worker bundled from source. */
function isModuleUrl(node: ts.NewExpression): boolean {
  const [first, second] = node.arguments ?? [];
  return (
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'URL' &&
    first !== undefined &&
    ts.isStringLiteralLike(first) &&
    SOURCE.test(first.text) &&
    second !== undefined &&
    ts.isPropertyAccessExpression(second) &&
    ts.isMetaProperty(second.expression) &&
    second.name.text === 'url'
  );
}

function resolve(from: string, specifier: string, sources: Map<string, string>): Pick<ImportEdge, 'file' | 'package'> {
  const bare = specifier.replace(/\?.*$/, '');
  const alias = ALIASES.find((prefix) => bare.startsWith(prefix));
  if (!alias && !bare.startsWith('.')) return { package: bare };
  const base = alias ? bare.slice(alias.length) : joinPath(from.slice(0, from.lastIndexOf('/') + 1), bare);
  if (ASSET.test(base)) return {};
  const file = CANDIDATES.map((suffix) => base + suffix).find((candidate) => sources.has(candidate));
  return { file: file ?? base };
}

/** Joins a relative specifier to a directory (both with `/`), without touching the file system. */
function joinPath(directory: string, relative: string): string {
  const parts = (directory + relative).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}
