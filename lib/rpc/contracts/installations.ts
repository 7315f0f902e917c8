import { z } from 'zod';
import { installationDraftSchema, keyInputSchema, hostSchema, type Role } from '../../domain/installation';
import { method } from '../define';

export interface ConnectionReport {
  botIdentity?: string;
  botName?: string;
  role: Role;
  attendants: number;
}

const connectionTarget = z.union([
  z.object({ id: z.string() }),
  z.object({ host: hostSchema, key: keyInputSchema }),
]);

export const installationsContract = {
  'installations.save': method<{ id: string }>()(installationDraftSchema),
  'installations.remove': method<void>()(z.object({ id: z.string() })),
  /** Sends a real command with the saved or the typed key and reports the bot and the agent's role. */
  'installations.test': method<ConnectionReport>()(connectionTarget),
  /** Re-reads the number's Desk attendants to refresh the agent's role. */
  'installations.refreshRole': method<ConnectionReport>()(z.object({ id: z.string() })),
};
