/**
 * What a tenant answers beyond the documented API, switched per bot by the tests
 * (`POST /_sandbox/bots/{id}/capabilities`), because real tenants differ:
 * - `historyMetadata`: `/tickets/history/metadata` (unofficial) exists; off → failure 62.
 * - `orderBy`: `$orderby` on `/contacts` (unofficial) is `honoured`, `refused` (failure 64) or `ignored`
 *   (answered in storage order, as a server that does not know the option would).
 * - `attendanceHours`: the Desk attendance-hour API (unofficial) exists; off → failure 62.
 * - `businessAccount`: `/whatsapp-business-account` (unofficial) answers; off → failure 62.
 * - `templatesShape`: `/message-templates` answers Meta's `{ data, paging }` or a LIME collection.
 * - `ticketMessagesSkip`: `$skip` on `/tickets/{id}/messages` (not in the docs) is honoured; off → ignored.
 * - `builderFlowBucket`: the published flow can be read from `blip_portal:builder_published_flow`.
 */
export interface Capabilities {
  historyMetadata: boolean;
  orderBy: 'honoured' | 'refused' | 'ignored';
  attendanceHours: boolean;
  businessAccount: boolean;
  templatesShape: 'data' | 'collection';
  ticketMessagesSkip: boolean;
  builderFlowBucket: boolean;
}

export const DEFAULT_CAPABILITIES: Capabilities = {
  historyMetadata: true,
  orderBy: 'honoured',
  attendanceHours: true,
  businessAccount: true,
  templatesShape: 'data',
  ticketMessagesSkip: true,
  builderFlowBucket: true,
};

/** Applies a partial switch set, refusing unknown names or values (the tests must say what they mean). */
export function mergeCapabilities(current: Capabilities, patch: Record<string, unknown>): Capabilities | string {
  const next = { ...current } as Record<string, unknown>;
  for (const [name, value] of Object.entries(patch)) {
    const known = DEFAULT_CAPABILITIES[name as keyof Capabilities];
    if (known === undefined) return `unknown capability ${name}`;
    const allowed = name === 'orderBy' ? ['honoured', 'refused', 'ignored'] : name === 'templatesShape' ? ['data', 'collection'] : [true, false];
    if (!allowed.includes(value as never)) return `${name} must be one of ${allowed.join(', ')}`;
    next[name] = value;
  }
  return next as unknown as Capabilities;
}
