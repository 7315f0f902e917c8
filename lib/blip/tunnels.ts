import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';

/** `application/vnd.iris.tunnel+json` (docs: Tunnels): who owns the tunnel, whom it carries, where to. */
export const tunnelSchema = lazySchema(() => z.object({ owner: z.string(), originator: z.string(), destination: z.string() }));

export type Tunnel = z.infer<typeof tunnelSchema>;

/** Tunnel identities (`{id}@tunnel.msging.net`) are how a router's services know its customers. */
export const isTunnelIdentity = (identity: string) => identity.endsWith('@tunnel.msging.net');

/** A tunnel by its id (docs: "Get a tunnel info"): `originator` is the customer's channel identity. */
export function getTunnel(transport: BlipTransport, tunnelIdentity: string): Promise<Tunnel> {
  const id = tunnelIdentity.replace(/@.*$/, '');
  return transport.command({ to: 'postmaster@tunnel.msging.net', method: 'get', uri: `/tunnels/${encodeURIComponent(id)}` }, tunnelSchema);
}

/**
 * How a router's attendance service knows a customer: the tunnel identity whose originator is the
 * customer's channel identity, found among the service's recent tickets (open, then closed; Blip has
 * no reverse lookup). `known` caches tunnel id → originator across calls. Undefined when the service
 * has not met the customer (the tunnel is made by the router when it first hands them over).
 */
export async function tunnelIdentityOf(desk: BlipTransport, customer: string, known: Map<string, string>, listTickets: () => Promise<string[]>, maxLookups = 40): Promise<string | undefined> {
  for (const [tunnel, originator] of known) if (originator === customer) return tunnel;
  let lookups = 0;
  for (const identity of new Set((await listTickets()).filter(isTunnelIdentity))) {
    if (known.has(identity)) continue;
    if (lookups++ >= maxLookups) break;
    const tunnel = await getTunnel(desk, identity);
    known.set(identity, tunnel.originator);
    if (tunnel.originator === customer) return identity;
  }
  return undefined;
}
