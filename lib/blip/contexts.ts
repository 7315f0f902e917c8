import { z } from 'zod';
import { lazySchema } from '../domain/lazy-schema';
import type { BlipTransport } from './transport';
import { ADDRESS, collectionSchema } from './lime';
import { AppError } from '../errors/app-error';

/** A context variable with its value, as `?withContextValues=true` lists it. */
const contextValueSchema = lazySchema(() => z.object({ name: z.string(), type: z.string().nullish(), value: z.unknown() }));

/** `get /contexts/{identity}` lists names; with values, `{ name, type, value }` items (docs: Builder). */
export const contextListSchema = lazySchema(() => collectionSchema(z.union([z.string(), contextValueSchema])));

const path = (identity: string, variable?: string) => `/contexts/${encodeURIComponent(identity)}${variable ? `/${variable}` : ''}`;

/** Names of a user's context variables (`stateid@{flowId}` among them). */
export async function contextNames(transport: BlipTransport, identity: string): Promise<string[]> {
  const page = await transport.command({ to: ADDRESS.postmaster, method: 'get', uri: path(identity) }, contextListSchema);
  return page.items.map((item) => (typeof item === 'string' ? item : item.name));
}

/**
 * Moves the user to a block of a Builder flow (docs: "Change user state"). The block does not run its
 * content: it only evaluates its exit conditions on the user's next message.
 */
export async function setUserState(transport: BlipTransport, identity: string, flowId: string, stateId: string, commandId?: string): Promise<void> {
  await transport.command({ id: commandId, to: ADDRESS.postmaster, method: 'set', uri: path(identity, `stateid@${flowId}`), type: 'text/plain', resource: stateId }, z.unknown());
}

/**
 * Hands the user to a router's service (help center: "How to direct users to a specific subbot"): sent
 * with the router's key, before the state; the services must use the router's context.
 */
export async function setMasterState(routerTransport: BlipTransport, identity: string, serviceIdentity: string, commandId?: string): Promise<void> {
  await routerTransport.command({ id: commandId, to: ADDRESS.postmaster, method: 'set', uri: path(identity, 'Master-State'), type: 'text/plain', resource: serviceIdentity }, z.unknown());
}

/** One context variable's value (docs: "Get user state"); null when the user has none. */
export async function getContextVariable(transport: BlipTransport, identity: string, name: string): Promise<string | null> {
  try {
    const value = await transport.command({ to: ADDRESS.postmaster, method: 'get', uri: path(identity, name) }, z.unknown());
    return value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found') return null;
    throw error;
  }
}

/** Removes a context variable (docs: "Delete a context variable", "Reset user state"). */
export async function deleteContextVariable(transport: BlipTransport, identity: string, name: string, commandId?: string): Promise<void> {
  await transport.command({ id: commandId, to: ADDRESS.postmaster, method: 'delete', uri: path(identity, name) }, z.unknown());
}
