import { signal, type ReadonlySignal } from '@preact/signals';
import type { LiveReadName, LiveReadValue } from './live-reads';
import { firstPaint } from './first-paint';

/** A read-only signal that follows a database read, and says whether the first answer came. */
export type LiveSignal<T> = ReadonlySignal<T> & { loaded: ReadonlySignal<boolean> };

let reads: Promise<typeof import('./live-reads')> | undefined;

/**
 * The reads' module (with the database code it brings), loaded once, after the page's first paint.
 * Each signal used to ask for it on its own: a dozen module loads, each checking and inserting the
 * preload links of its dependencies, in the busy moment right after the first frame.
 */
export function liveReads(): Promise<typeof import('./live-reads')> {
  return (reads ??= firstPaint.then(() => import('./live-reads')));
}

/**
 * A signal that follows one of the named reads of `live-reads.ts`: it updates whenever any context
 * (the background included) changes the tables the read used. The reads, and the database code,
 * load after the page's first paint; until then the signal holds `initial`.
 */
export function liveSignal<K extends LiveReadName>(name: K, initial: LiveReadValue<K>): LiveSignal<LiveReadValue<K>> {
  const value = signal(initial);
  const loaded = signal(false);
  void liveReads().then(({ followRead }) =>
    followRead(name, (next) => {
      value.value = next;
      loaded.value = true;
    }),
  );
  return Object.assign(value, { loaded });
}
