import './zod-setup';
import { z } from 'zod';

/** The e-mail the agent uses in Blip Desk (it decides the agent's role on each number). */
export const agentEmailSchema = z.email('email-format');

/**
 * The e-mail behind a Desk agent identity. Desk identities are the URL-encoded e-mail at `blip.ai`
 * (`ana%40acme.com@blip.ai`), sometimes encoded twice or returned decoded (blip-api.md §3.2); a
 * malformed one is shown as it came.
 */
export function agentEmailOf(identity: string): string {
  let value = identity.trim().replace(/@blip\.ai$/i, '');
  for (let round = 0; round < 2 && value.includes('%'); round++) {
    try {
      value = decodeURIComponent(value);
    } catch {
      break;
    }
  }
  return value;
}

/** Whether two Desk identities (or e-mails) name the same agent, however they are encoded. */
export function sameAgent(a: string, b: string): boolean {
  return agentEmailOf(a).toLowerCase() === agentEmailOf(b).toLowerCase();
}
