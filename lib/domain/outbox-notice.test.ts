import { describe, expect, it } from 'vitest';
import { QUIET_WRITE_MS, writesToMention } from './outbox-notice';
import type { OutboxItem } from './outbox-item';

const write = (id: string, createdAt: number, extra: Partial<OutboxItem> = {}): OutboxItem => ({ id, installationId: 'n1', kind: 'conversation.text', payload: {}, status: 'pending', attempts: 0, nextAttemptAt: createdAt, createdAt, ...extra });

describe('writes the panel mentions', () => {
  it('leaves a write on its way unmentioned for a moment, and says when to look again', () => {
    expect(writesToMention([write('a', 10_000)], 10_500)).toEqual({ items: [], nextAt: 10_000 + QUIET_WRITE_MS });
  });

  it('mentions a write waiting longer, one with a failed attempt and a failed one at once', () => {
    const late = write('late', 1_000);
    const retried = write('retried', 9_900, { attempts: 1, lastError: { code: 'network' } });
    const failed = write('failed', 9_950, { status: 'failed' });
    const fresh = write('fresh', 9_990);
    expect(writesToMention([late, retried, failed, fresh], 10_000)).toEqual({ items: [late, retried, failed], nextAt: 9_990 + QUIET_WRITE_MS });
  });
});
