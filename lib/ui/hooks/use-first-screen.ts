import { useEffect, useState } from 'preact/hooks';

/** Rows a side panel shows without scrolling (with a margin): drawn as soon as a list arrives. */
export const FIRST_SCREEN = 15;

const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 200 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
};

/**
 * How many of `items` to draw: the first screen at once, all of them once the page is idle (each
 * new list starts again from its first screen), or all at once when `needed` asks for a row below it
 * (the highlight moved there). Typing then costs one screen of rows, not the whole list.
 */
export function useFirstScreen<T>(items: readonly T[], needed = 0): number {
  const [complete, setComplete] = useState<readonly T[] | undefined>(undefined);
  useEffect(() => {
    if (items.length <= FIRST_SCREEN) return;
    return whenIdle(() => setComplete(items));
  }, [items]);
  if (complete === items || needed >= FIRST_SCREEN) return items.length;
  return Math.min(items.length, FIRST_SCREEN);
}
