import { describe, expect, it } from 'vitest';
import { deliveryFromEvents, isSettled, isWindowClosedFailure } from './delivery';

describe('delivery from notification events', () => {
  it.each([
    [[], 'pending'],
    [[{ event: 'accepted' }], 'pending'],
    [[{ event: 'dispatched' }, { event: 'accepted' }], 'sent'],
    [[{ event: 'received' }, { event: 'dispatched' }], 'delivered'],
    [[{ event: 'accepted' }, { event: 'consumed' }, { event: 'received' }], 'read'],
    [[{ event: 'CONSUMED' }], 'read'],
    [[{ event: 'something-new' }], 'pending'],
  ])('%j → %s', (events, state) => {
    expect(deliveryFromEvents(events).state).toBe(state);
  });

  it('reports a failure with its reason, whatever came before', () => {
    const delivery = deliveryFromEvents([{ event: 'dispatched' }, { event: 'failed', reason: { code: 81, description: '(#131047) Re-engagement message' } }]);
    expect(delivery).toEqual({ state: 'failed', reason: '(#131047) Re-engagement message', reasonCode: 81 });
    expect(isWindowClosedFailure(delivery)).toBe(true);
    expect(isSettled(delivery)).toBe(true);
    expect(isWindowClosedFailure(deliveryFromEvents([{ event: 'failed', reason: { description: '(#132001) Template name does not exist' } }]))).toBe(false);
  });
});
