import { describe, expect, it } from 'vitest';
import { entityKey, planDeliveries, supersedes, validPayload } from './outbox-order';
import { mayHaveLanded, mayStillLand } from './write-outcome';
import { ABSENCE_WRITE, AFTER_HOURS_SENT, REPLIES_PUT, TEMPLATE_MESSAGE, TEXT_MESSAGE, type OutboxItem } from './outbox-item';

const NOW = 1_000_000;
const absence = { enabled: true, message: 'Vuelvo el lunes', suggestedContact: null };

/** A queued write: `n` is its place in the queue, `kind`/`to` pick the entity. */
function item(n: number, kind: string, payload: unknown, extra: Partial<OutboxItem> = {}): OutboxItem {
  return { id: `w${n}`, installationId: 'a', kind, payload, status: 'pending', attempts: 0, nextAttemptAt: NOW, createdAt: n, ...extra };
}
const text = (n: number, to: string, extra: Partial<OutboxItem> = {}) => item(n, TEXT_MESSAGE, { identity: to, text: `t${n}` }, extra);
const toggle = (n: number, extra: Partial<OutboxItem> = {}) => item(n, ABSENCE_WRITE, absence, extra);

describe('planDeliveries: what may start now', () => {
  it.each<[string, OutboxItem[], string[], number | undefined]>([
    ['the oldest write of an entity, not the one behind it', [text(1, 'ana'), text(2, 'ana')], ['w1'], undefined],
    ['entities of one number side by side', [text(1, 'ana'), text(2, 'bruno'), toggle(3)], ['w1', 'w2', 'w3'], undefined],
    ['nothing behind a write in backoff; it says when to look again', [text(1, 'ana', { nextAttemptAt: NOW + 5_000 }), text(2, 'ana')], [], NOW + 5_000],
    ['nothing behind a write parked as failed', [text(1, 'ana', { status: 'failed' }), text(2, 'ana'), text(3, 'bruno')], ['w3'], undefined],
    ['nothing behind a live lease; its expiry is the next look', [toggle(1, { status: 'delivering', nextAttemptAt: NOW + 20_000 }), toggle(2)], [], NOW + 20_000],
    ['an expired lease is taken over', [toggle(1, { status: 'delivering', nextAttemptAt: NOW - 1 }), toggle(2)], ['w1'], undefined],
    ['queue order, not the order read', [text(2, 'ana'), text(1, 'ana')], ['w1'], undefined],
    ['the same entity on two numbers is two entities', [toggle(1), { ...toggle(2), installationId: 'b' }], ['w1', 'w2'], undefined],
    ['a text and a template to one contact share an order', [text(1, 'ana@wa'), item(2, TEMPLATE_MESSAGE, { phone: '+5511', identity: 'ana@wa', templateName: 'x', language: 'es', values: {} })], ['w1'], undefined],
    ['a damaged write stands alone', [item(1, ABSENCE_WRITE, null), toggle(2)], ['w1', 'w2'], undefined],
    ['replies by category', [item(1, REPLIES_PUT, { categoryId: 'c1' }, { status: 'failed' }), item(2, REPLIES_PUT, { categoryId: 'c2' })], ['w2'], undefined],
    ['a write that replaced one Blip may still apply waits for it', [toggle(1, { quietUntil: NOW + 30_000 })], [], NOW + 30_000],
    ['a write in doubt starts at once (to read back)', [toggle(1, { inDoubt: true, quietUntil: NOW + 30_000 })], ['w1'], undefined],
  ])('%s', (_label, items, ready, nextAt) => {
    const plan = planDeliveries(items, NOW);
    expect(plan.ready.map((entry) => entry.id).sort()).toEqual(ready);
    expect(plan.nextAt).toBe(nextAt);
  });

  it('skips a head already running here, and what is behind it', () => {
    expect(planDeliveries([text(1, 'ana'), text(2, 'ana'), text(3, 'bruno')], NOW, new Set(['w1'])).ready.map((entry) => entry.id)).toEqual(['w3']);
  });
});

describe('the rules of each kind', () => {
  it.each<[string, string, unknown, boolean, boolean]>([
    ['absence: the last write carries the whole setting', ABSENCE_WRITE, absence, true, true],
    ['absence: a null payload is never delivered', ABSENCE_WRITE, null, true, false],
    ['text: every one is delivered, in order', TEXT_MESSAGE, { identity: 'ana', text: 'hola' }, false, true],
    ['text: an empty one is damaged', TEXT_MESSAGE, { identity: 'ana', text: '' }, false, false],
    ['template', TEMPLATE_MESSAGE, { phone: '+5511', templateName: 't', language: 'es', values: { 'body.1': 'x' } }, false, true],
    ['after-hours mark: the newest date wins', AFTER_HOURS_SENT, { identity: 'ana', sentAt: '2026-01-01T00:00:00.000Z' }, true, true],
    ['after-hours mark with a bad date', AFTER_HOURS_SENT, { identity: 'ana', sentAt: 'yesterday' }, true, false],
    ['replies: delivery reads the latest copy', REPLIES_PUT, { categoryId: 'c1', overwrite: null }, true, true],
    ['an unknown kind', 'future.kind', { anything: 1 }, false, false],
  ])('%s', (_label, kind, payload, replaces, valid) => {
    expect(supersedes(kind)).toBe(replaces);
    expect(validPayload({ kind, payload }) !== undefined).toBe(valid);
  });

  it('keys entities by number and by what they change', () => {
    expect(entityKey(text(1, 'ana'))).toBe('a|contact:ana');
    expect(entityKey(toggle(1))).toBe('a|absence');
    expect(entityKey(item(7, ABSENCE_WRITE, null))).toBe('a|item:w7');
  });

  it.each([
    ['timeout', true, true],
    ['network', true, true],
    ['server', true, false],
    ['malformed-reply', true, false],
    ['auth', false, false],
    ['rate-limited', false, false],
    ['lime-failure', false, false],
    ['invalid-input', false, false],
  ] as const)('after %s a write may have landed: %s; Blip may still apply it later: %s', (code, landed, later) => {
    expect(mayHaveLanded(code)).toBe(landed);
    expect(mayStillLand(code)).toBe(later);
  });
});
