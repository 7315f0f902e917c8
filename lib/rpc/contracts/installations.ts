import { z } from 'zod';
import { installationDraftSchema, keyInputSchema, hostSchema, type CapabilityReport, type Role } from '../../domain/installation';
import { method } from '../define';

export interface ConnectionReport {
  botIdentity?: string;
  botName?: string;
  role: Role;
  attendants: number;
  /** What the tenant answers beyond Blip's docs (a checklist in "Probar conexión"). */
  capabilities: CapabilityReport;
}

/** What "find it" read from the bot: flow ids seen in customers' contexts, the flow's human-service blocks. */
export interface RoutingCandidates {
  /** Most likely first: a flow where some customer stands in a human-service block comes first. */
  flowIds: string[];
  blocks: Array<{ id: string; title: string }>;
}

const connectionTarget = () => z.union([z.object({ id: z.string() }), z.object({ host: hostSchema, key: keyInputSchema, routerKey: keyInputSchema.optional() })]);

export const installationsContract = {
  'installations.save': method<{ id: string }>()(() => installationDraftSchema),
  'installations.remove': method<void>()(() => z.object({ id: z.string() })),
  /** Sends real commands with the saved or the typed keys: the bot, the agent's role, the tenant's optional calls. */
  'installations.test': method<ConnectionReport>()(connectionTarget),
  /** The agent says whether they manage a number where they are not an attendant (Blip lists no managers). */
  'installations.declareManager': method<void>()(() => z.object({ id: z.string(), manager: z.boolean() })),
  /** Re-reads the number's Desk attendants (the agent's role) and probes its optional calls. */
  'installations.refreshRole': method<ConnectionReport>()(() => z.object({ id: z.string() })),
  /** Reads the bot's Builder flow id and human-service blocks, where Blip lets us. */
  'installations.findRouting': method<RoutingCandidates>()(connectionTarget),
};
