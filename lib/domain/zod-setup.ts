import { z } from 'zod';

// Zod 4 probes `new Function` for its JIT, which the extension CSP forbids: switch it off once per context.
z.config({ jitless: true });
