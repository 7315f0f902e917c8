import { signal, type ReadonlySignal } from '@preact/signals';
import { liveQuery } from '../db/live';

/**
 * A signal that follows a Dexie query: it updates whenever any context (the background included)
 * changes the tables the query read.
 */
export function liveSignal<T>(query: () => Promise<T> | T, initial: T): ReadonlySignal<T> & { loaded: ReadonlySignal<boolean> } {
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
