import { signal, type ReadonlySignal } from '@preact/signals';
import { liveQuery } from '../db/live';

/** A read-only signal that follows a database read, and says whether the first answer came. */
export type LiveSignal<T> = ReadonlySignal<T> & { loaded: ReadonlySignal<boolean> };

/**
 * A signal that follows a read of lib/db's repositories: it updates whenever any context (the
 * background included) changes the tables the read used.
 */
export function liveSignal<T>(query: () => Promise<T> | T, initial: T): LiveSignal<T> {
  const value = signal(initial);
  const loaded = signal(false);
  liveQuery(query).subscribe({
    next: (next) => {
      value.value = next;
      loaded.value = true;
    },
    error: (error) => console.error('liveQuery failed', error),
  });
  return Object.assign(value, { loaded });
}
