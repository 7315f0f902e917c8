import { z } from 'zod';
import type { BlipTransport } from './transport';
import { ADDRESS } from './lime';

/**
 * Bot resources (blip-api.md §11): a bot-wide key/value the bot's Builder flow can read.
 * JSON values are stored with `application/json`.
 */
export function getJsonResource<S extends z.ZodType>(transport: BlipTransport, key: string, schema: S): Promise<z.infer<S>> {
  return transport.command(
    { to: ADDRESS.postmaster, method: 'get', uri: `/resources/${encodeURIComponent(key)}` },
    z.preprocess((value) => (typeof value === 'string' ? safeJson(value) : value), schema),
  );
}

export async function setJsonResource(transport: BlipTransport, key: string, value: unknown, commandId?: string): Promise<void> {
  await transport.command(
    {
      id: commandId,
      to: ADDRESS.postmaster,
      method: 'set',
      uri: `/resources/${encodeURIComponent(key)}`,
      type: 'application/json',
      resource: value,
    },
    z.unknown(),
  );
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
