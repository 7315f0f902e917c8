import { describe, expect, it } from 'vitest';
import { conversationState, HISTORY_MS, WINDOW_MS } from './conversation-state';

const me = 'ana%40acme.com@blip.ai';
const other = 'bruno%40acme.com@blip.ai';
const now = Date.parse('2026-11-25T12:00:00Z');
const H = 3_600_000;
const mine = { id: 't1', status: 'Open', agentIdentity: me };

describe('conversationState', () => {
  it.each([
    ['mine, customer wrote 1 h ago', mine, now - H, { kind: 'window-open', ticketId: 't1', expiresAt: now + 23 * H }],
    ['mine, window closes in 1 ms', mine, now - WINDOW_MS + 1, { kind: 'window-open', ticketId: 't1', expiresAt: now + 1 }],
    ['mine, window closed exactly now', mine, now - WINDOW_MS, { kind: 'window-expired', ticketId: 't1' }],
    ['mine, customer wrote 30 h ago', mine, now - 30 * H, { kind: 'window-expired', ticketId: 't1' }],
    ['mine, no customer message at all', mine, undefined, { kind: 'window-expired', ticketId: 't1' }],
    ['assigned to me, identity decoded', { id: 't1', status: 'Assigned', agentIdentity: 'ana@acme.com@blip.ai' }, now - H, { kind: 'window-open', ticketId: 't1', expiresAt: now + 23 * H }],
    ['assigned to me, identity encoded twice', { id: 't1', status: 'Open', agentIdentity: 'ana%2540acme.com@blip.ai' }, now - H, { kind: 'window-open', ticketId: 't1', expiresAt: now + 23 * H }],
    ['another agent, window open', { id: 't2', status: 'Open', agentIdentity: other }, now - H, { kind: 'other-agent', ticketId: 't2', agentIdentity: other }],
    ['another agent, no history', { id: 't2', status: 'Open', agentIdentity: other }, undefined, { kind: 'other-agent', ticketId: 't2', agentIdentity: other }],
    ['waiting in the queue, wrote 1 h ago', { id: 't3', status: 'Waiting' }, now - H, { kind: 'not-in-attendance' }],
    ['no ticket, wrote 10 days ago', undefined, now - 240 * H, { kind: 'not-in-attendance' }],
    ['no ticket, wrote 89 days ago', undefined, now - HISTORY_MS + H, { kind: 'not-in-attendance' }],
    ['no ticket, last message 91 days ago', undefined, now - HISTORY_MS - 24 * H, { kind: 'no-history' }],
    ['no ticket, never wrote', undefined, undefined, { kind: 'no-history' }],
    ['closed ticket counts as none', { id: 't4', status: 'ClosedAttendant', agentIdentity: me }, undefined, { kind: 'no-history' }],
  ] as const)('%s', (_label, ticket, lastInbound, expected) => {
    expect(conversationState(ticket, lastInbound, me, now)).toEqual(expected);
  });

  it('has history when only the agent or bot wrote in the last 90 days (an active message was sent)', () => {
    expect(conversationState(undefined, undefined, me, now, true)).toEqual({ kind: 'not-in-attendance' });
    expect(conversationState({ id: 't5', status: 'Waiting' }, undefined, me, now, true)).toEqual({ kind: 'not-in-attendance' });
  });
});
