import { startSandbox, type Sandbox } from '../../../sandbox/server';
import type { Fault } from '../../../sandbox/faults';
import type { ExtensionSession } from './chromium';

type Keys = { id: string; name: string; identifier: string; accessKey: string; authorization: string; identity: string };
type Routing = { flowId: string; stateId: string };

export interface SandboxNumbers {
  agentEmail: string;
  host: string;
  numbers: Array<Keys & { phone: string; routing?: Routing }>;
  /** Router setups: the router's keys, its services' keys, the service with the Desk and its block. */
  routers: Array<{ id: string; name: string; phone: string; router: Keys; services: Array<Keys & { service: string }>; desk: string; routing: Routing }>;
}

/** Starts a fresh sandbox on a free port, seeded as `npm start` seeds it. */
export async function freshSandbox(options: { now?: number } = {}): Promise<Sandbox & { numbers(): Promise<SandboxNumbers> }> {
  const sandbox = await startSandbox({ now: options.now });
  return Object.assign(sandbox, {
    numbers: async () => (await (await fetch(`${sandbox.url}/_sandbox/numbers`)).json()) as SandboxNumbers,
  });
}

export async function setFault(sandbox: Sandbox, fault: Fault): Promise<void> {
  const response = await fetch(`${sandbox.url}/_sandbox/faults`, { method: 'POST', body: JSON.stringify(fault) });
  if (!response.ok) throw new Error(`setFault: ${response.status}`);
}

export async function clearFaults(sandbox: Sandbox, bot?: string): Promise<void> {
  await fetch(`${sandbox.url}/_sandbox/faults${bot ? `?bot=${bot}` : ''}`, { method: 'DELETE' });
}

/**
 * Waits until `count` (of the sandbox's requests, e.g. `sandbox.requests.mark()`) has not moved for
 * `quietMs`, or `timeout` passed: work a closed panel started goes on in the background, and a test
 * or a benchmark must not count or race it.
 */
export async function settle(count: () => number, quietMs = 1_500, timeout = 60_000): Promise<void> {
  const started = Date.now();
  let last = count();
  let since = Date.now();
  while (Date.now() - since < quietMs && Date.now() - started < timeout) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = count();
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
}

/** Reads sandbox state through its control API (`/_sandbox/bots/{id}/…`). */
export async function sandboxState<T>(sandbox: Sandbox, bot: string, what: string): Promise<T> {
  return (await (await fetch(`${sandbox.url}/_sandbox/bots/${bot}/${what}`)).json()) as T;
}

/**
 * Connects the extension to the sandbox's three numbers the way a user does in the options page
 * (through the same RPC calls), sets the agent identity, checks each role and says the agent manages
 * Clínica Andes.
 * Returns the installation id of each sandbox number, by sandbox id.
 */
export async function connectSandboxNumbers(session: ExtensionSession, sandbox: Sandbox & { numbers(): Promise<SandboxNumbers> }): Promise<Record<string, string>> {
  const info = await sandbox.numbers();
  await session.rpc('settings.setAgentEmail', { email: info.agentEmail });
  const ids: Record<string, string> = {};
  for (const number of info.numbers) {
    const { id } = await session.rpc<{ id: string }>('installations.save', {
      name: number.name,
      phone: number.phone,
      host: info.host,
      key: { mode: 'header', header: number.authorization },
      routing: number.routing,
    });
    await session.rpc('installations.refreshRole', { id });
    // The demo agent manages the number where they are not an attendant (Blip lists no managers).
    if (number.id === 'andes') await session.rpc('installations.declareManager', { id, manager: true });
    ids[number.id] = id;
  }
  return ids;
}

/** The customer writes to a number (a plain bot or a router) through the sandbox; returns what the bot did. */
export async function customerWrites(sandbox: Sandbox, bot: string, from: string, text: string): Promise<{ handledBy: string; customerIdentity: string; forwardedToDesk: boolean; ticket?: { id: string; sequentialId: number; status: string } }> {
  const response = await fetch(`${sandbox.url}/_sandbox/bots/${bot}/customer-message`, { method: 'POST', body: JSON.stringify({ from, text }) });
  if (!response.ok) throw new Error(`customerWrites: ${response.status} ${await response.text()}`);
  return response.json() as never;
}

/** Switches what a tenant answers beyond Blip's docs (see sandbox/capabilities.ts). */
export async function setCapabilities(sandbox: Sandbox, bot: string, capabilities: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${sandbox.url}/_sandbox/bots/${bot}/capabilities`, { method: 'POST', body: JSON.stringify(capabilities) });
  if (!response.ok) throw new Error(`setCapabilities: ${response.status} ${await response.text()}`);
}

/**
 * Connects the sandbox's router number as an administrator would: the key of the service with the
 * Desk as the number's key, the router's key as the router key, and the service's human-service block.
 */
export async function connectRouterNumber(session: ExtensionSession, sandbox: Sandbox & { numbers(): Promise<SandboxNumbers> }): Promise<string> {
  const info = await sandbox.numbers();
  const setup = info.routers[0]!;
  const desk = setup.services.find((service) => service.id === setup.desk)!;
  const { id } = await session.rpc<{ id: string }>('installations.save', {
    name: setup.name,
    phone: setup.phone,
    host: info.host,
    key: { mode: 'header', header: desk.authorization },
    routerKey: { mode: 'header', header: setup.router.authorization },
    routing: setup.routing,
  });
  await session.rpc('installations.refreshRole', { id });
  return id;
}
