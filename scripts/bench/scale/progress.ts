import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';

/** Where one number's first sync stands, as the extension stored it. */
export interface NumberProgress {
  installationId: string;
  phase: 'initial' | 'incremental';
  skip: number;
  total?: number;
  running: boolean;
  lastSyncedAt?: number;
  lastError?: string;
}

/** Contacts the first passes have stored so far, and how many numbers finished theirs. */
export interface Progress {
  stored: number;
  done: number;
  /** Numbers with pages stored and their first pass not marked done. */
  midway: number;
  errors: string[];
}

/** Reads the extension's sync states from one of its pages (the product's own repository, bundled and evaluated there). */
export class ProgressReader {
  private constructor(private readonly page: Page) {}

  static async on(page: Page): Promise<ProgressReader> {
    const bundle = await build({ entryPoints: [path.resolve('scripts/bench/scale/progress-page.ts')], bundle: true, format: 'iife', write: false, target: 'chrome120', minify: true, logLevel: 'silent' });
    await page.evaluate(bundle.outputFiles[0]!.text);
    return new ProgressReader(page);
  }

  async states(): Promise<NumberProgress[]> {
    return this.page.evaluate(() => (globalThis as unknown as { benchProgress: () => Promise<NumberProgress[]> }).benchProgress());
  }

  async read(installationIds: string[], contactsEach: number): Promise<Progress> {
    return summarize(await this.states(), installationIds, contactsEach);
  }

  /** Polls until `until` holds for the progress (or `timeoutMs` passes). */
  async waitFor(installationIds: string[], contactsEach: number, until: (progress: Progress) => boolean, timeoutMs: number): Promise<Progress> {
    const started = Date.now();
    for (;;) {
      const progress = await this.read(installationIds, contactsEach);
      if (until(progress)) return progress;
      if (Date.now() - started > timeoutMs) throw new Error(`Sync did not get there in ${timeoutMs / 1000} s: ${JSON.stringify(progress)}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Contacts stored, numbers done and numbers midway, from the sync states. */
export function summarize(list: NumberProgress[], installationIds: string[], contactsEach: number): Progress {
  const states = new Map(list.map((state) => [state.installationId, state]));
  let stored = 0;
  let done = 0;
  let midway = 0;
  const errors: string[] = [];
  for (const id of installationIds) {
    const state = states.get(id);
    if (!state) continue;
    const finished = state.phase === 'incremental' && state.lastSyncedAt !== undefined;
    stored += finished ? (state.total ?? contactsEach) : state.skip;
    if (finished) done += 1;
    else if (state.skip > 0) midway += 1;
    if (state.lastError) errors.push(state.lastError);
  }
  return { stored, done, midway, errors };
}
