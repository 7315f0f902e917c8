import type { ErrorCode } from '../errors/app-error';

export type OutboxStatus = 'pending' | 'delivering' | 'failed';

/**
 * A write that must reach Blip. Recorded in the same transaction as the local change; its `id`
 * is sent as the LIME envelope id, so a repeated delivery is recognised as the same write.
 */
export interface OutboxItem {
  id: string;
  installationId: string;
  /** Which handler delivers it (see `lib/background/outbox-kinds.ts`). */
  kind: string;
  payload: unknown;
  status: OutboxStatus;
  attempts: number;
  /** Epoch ms; for `delivering`, the moment the lease runs out (a killed worker loses its lease). */
  nextAttemptAt: number;
  createdAt: number;
  lastError?: { code: ErrorCode; reason?: number };
}
