import { useEffect, useState } from 'preact/hooks';

/**
 * Now, re-read every `everyMs` and exactly at `alsoAt` (the 24 h window's end), so a state that
 * depends on the time changes on screen when it changes in fact.
 */
export function useClock(everyMs: number, alsoAt?: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  useEffect(() => {
    if (alsoAt === undefined || alsoAt <= Date.now()) return;
    const timer = setTimeout(() => setNow(Date.now()), alsoAt - Date.now() + 50);
    return () => clearTimeout(timer);
  }, [alsoAt]);
  return now;
}

/** Runs `refresh` every `everyMs` while the page is visible (a new customer message reopens the window). */
export function useRefreshWhileVisible(refresh: () => void, everyMs: number): void {
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
}
