import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS } from './lime';
import { AppError } from '../errors/app-error';

const accountSchema = lazySchema(() => z.object({
  identity: z.string().optional(),
  fullName: z.string().optional(),
  photoUri: z.string().optional(),
}));

export type BotAccount = z.infer<typeof accountSchema>;

/**
 * The bot's own account (`get /account`, unofficial): the cheapest call that proves host and key and
 * names the bot. Where a tenant does not answer it, the documented `get /ping` proves the key and the
 * account is left unnamed.
 */
export async function getBotAccount(transport: BlipTransport): Promise<BotAccount> {
  try {
    return await transport.command({ to: ADDRESS.postmaster, method: 'get', uri: '/account' }, accountSchema);
  } catch (error) {
    if (!(error instanceof AppError) || !['lime-failure', 'not-found', 'malformed-reply'].includes(error.code)) throw error;
    await transport.command({ to: ADDRESS.postmaster, method: 'get', uri: '/ping' }, z.unknown());
    return {};
  }
}
