import { z } from 'zod';

// Zod 4 probes `new Function` for its JIT, which the extension CSP forbids: switch it off once per
// context. Imported first by every domain file with a schema (pages load those lazily) and by the
// background's entry.
z.config({ jitless: true });
