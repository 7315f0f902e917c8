import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import type { QueryKind } from '../queries';

/** Bundles the in-page seeder and runs it in an extension page (evaluated over CDP, so the page's CSP allows it). */
export async function seedContacts(page: Page, rows: number, installationIds: [string, string], perKind: number): Promise<{ unique: number; queries: Record<QueryKind, string[]>; probe: string }> {
  const bundle = await build({ entryPoints: [path.resolve('scripts/bench/ux/seed-page.ts')], bundle: true, format: 'iife', write: false, target: 'chrome120', minify: true, logLevel: 'silent' });
  await page.evaluate(bundle.outputFiles[0]!.text);
  return page.evaluate(
    (count, ids, perKindCount) => (globalThis as unknown as { benchSeed: (rows: number, ids: [string, string], now: number, perKind: number) => Promise<{ unique: number; queries: Record<QueryKind, string[]>; probe: string }> }).benchSeed(count, ids, Date.now(), perKindCount),
    rows,
    installationIds,
    perKind,
  );
}
