import { z } from 'zod';

/**
 * A schema built on its first use, not when its module is evaluated. A waking service worker
 * evaluates every module before it can answer the call that woke it, and most schemas (Blip's
 * replies, stored records of other features) are not needed for that answer. The schema parses,
 * composes and infers types like the one `build` returns.
 */
export function lazySchema<T extends z.ZodType>(build: () => T): z.ZodLazy<T> {
  return z.lazy(build);
}
