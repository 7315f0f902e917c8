import { useEffect, useState } from 'preact/hooks';

/**
 * Whether `active` has stayed true for `ms`: for a progress line that should not flash on screen when
 * the wait it announces is over in a moment (the usual case), yet shows when the wait is real.
 */
export function useLasting(active: boolean, ms: number): boolean {
  const [lasted, setLasted] = useState(false);
  useEffect(() => {
    setLasted(false);
    if (!active) return;
    const timer = setTimeout(() => setLasted(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return active && lasted;
}
