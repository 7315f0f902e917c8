import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Database } from '../../db/database';
import { storeManagedPolicy } from '../../db/installations';
import { authorizationFrom, defaultHost, hostSchema, tenantSchema } from '../../domain/installation';
import { isValidInternationalPhone, toE164 } from '../../domain/phone';

/** The administrator policy (public/managed_schema.json). */
const managedSchema = z.object({
  agentEmail: z.email().optional(),
  installations: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        phone: z.string().refine(isValidInternationalPhone),
        tenant: tenantSchema.optional(),
        host: hostSchema.optional(),
        /** The agent manages this number (Blip's attendants list cannot tell). */
        manager: z.boolean().optional(),
        key: z.string().min(1),
        routerKey: z.string().optional(),
        /** Builder's flow id and human-service block, so active messages' answers reach Desk. */
        flowId: z.string().min(1).optional(),
        stateId: z.string().min(1).optional(),
      }),
    )
    .default([]),
});

/**
 * Applies settings pushed through managed storage. Managed numbers are marked read-only, and a
 * number the policy no longer lists is removed with its key. A policy that fails validation is
 * ignored as a whole (and logged), so a half-applied policy never mixes with the old one.
 */
export async function applyManagedSettings(db: Database, now = Date.now()): Promise<void> {
  let raw: unknown;
  try {
    raw = await browser.storage.managed.get();
  } catch {
    // Firefox without a managed-storage manifest: no policy (any longer).
    raw = {};
  }
  const parsed = managedSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    console.warn('Ignoring an invalid managed policy', parsed.error.issues);
    return;
  }
  const policy = parsed.data;
  const numbers = policy.installations.map((entry) => ({
    installation: {
      id: entry.id,
      name: entry.name,
      phone: toE164(entry.phone),
      host: entry.host ?? defaultHost(entry.tenant ?? ''),
      managed: true,
      managerDeclared: entry.manager,
      hasRouterKey: Boolean(entry.routerKey),
      routing: entry.flowId && entry.stateId ? { flowId: entry.flowId, stateId: entry.stateId } : undefined,
    },
    secret: {
      installationId: entry.id,
      authorization: authorizationFrom({ mode: 'header', header: entry.key }),
      routerAuthorization: entry.routerKey ? authorizationFrom({ mode: 'header', header: entry.routerKey }) : undefined,
    },
  }));
  await storeManagedPolicy(db, { agentEmail: policy.agentEmail?.toLowerCase(), numbers }, now);
}

/** Applies the policy again whenever an administrator changes it. */
export function watchManagedSettings(db: Database): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void applyManagedSettings(db);
  });
}
