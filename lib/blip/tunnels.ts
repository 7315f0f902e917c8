import { z } from 'zod';
import type { BlipTransport } from './transport';

/** `application/vnd.iris.tunnel+json` (docs: Tunnels): who owns the tunnel, whom it carries, where to. */
export const tunnelSchema = z.object({ owner: z.string(), originator: z.string(), destination: z.string() });

export type Tunnel = z.infer<typeof tunnelSchema>;

/** Tunnel identities (`{id}@tunnel.msging.net`) are how a router's services know its customers. */
export const isTunnelIdentity = (identity: string) => identity.endsWith('@tunnel.msging.net');

/** A tunnel by its id (docs: "Get a tunnel info"): `originator` is the customer's channel identity. */
export function getTunnel(transport: BlipTransport, tunnelIdentity: string): Promise<Tunnel> {
  const id = tunnelIdentity.replace(/@.*$/, '');
  return transport.command({ to: 'postmaster@tunnel.msging.net', method: 'get', uri: `/tunnels/${encodeURIComponent(id)}` }, tunnelSchema);
}
