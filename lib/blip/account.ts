import { z } from 'zod';
import type { BlipTransport } from './transport';
import { ADDRESS } from './lime';

const accountSchema = z.object({
  identity: z.string().optional(),
  fullName: z.string().optional(),
  photoUri: z.string().optional(),
});

export type BotAccount = z.infer<typeof accountSchema>;

/** `get /account` — the bot's own account; the cheapest command that proves host and key work. */
export function getBotAccount(transport: BlipTransport): Promise<BotAccount> {
  return transport.command({ to: ADDRESS.postmaster, method: 'get', uri: '/account' }, accountSchema);
}
