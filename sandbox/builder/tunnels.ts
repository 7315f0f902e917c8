import { createHash } from 'node:crypto';
import type { BotState, SandboxStore, SandboxTunnel } from '../store';

/**
 * The tunnel from a router to one of its services for one customer: created the first time the
 * router forwards that customer to the service, then stable (tunnel id = hash of owner, originator and
 * destination, in a uuid's shape, like Blip's).
 */
export function tunnelFor(store: SandboxStore, router: BotState, service: BotState, originator: string): SandboxTunnel {
  const existing = [...store.tunnels.values()].find((tunnel) => tunnel.owner === router.identity && tunnel.destination === service.identity && tunnel.originator === originator);
  if (existing) return existing;
  const hex = createHash('sha1').update(`${router.identity}|${originator}|${service.identity}`).digest('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const tunnel = { id, owner: router.identity, originator, destination: service.identity };
  store.tunnels.set(id, tunnel);
  return tunnel;
}

/** The service a router hands a customer to: the one in the customer's `Master-State`, else the default. */
export function serviceFor(store: SandboxStore, router: BotState, customer: string): BotState {
  const chosen = router.contexts.get(customer)?.get('Master-State')?.value;
  const byIdentity = chosen ? store.byIdentity(chosen) : undefined;
  if (byIdentity && router.number.services?.some((service) => service.bot === byIdentity.number.id)) return byIdentity;
  const fallback = router.number.services?.find((service) => service.default) ?? router.number.services?.[0];
  return store.bots.get(fallback!.bot)!;
}
