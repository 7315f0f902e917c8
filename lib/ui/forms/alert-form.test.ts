import { describe, expect, it } from 'vitest';
import { alertFormFrom, thresholdsFrom } from './alert-form';

describe('the alert form', () => {
  it('reads empty fields as not watched and numbers as thresholds', () => {
    expect(thresholdsFrom({ maxQueueMinutes: ' 20 ', firstResponseMinutes: '', queueSize: '5', noAgentOnline: true })).toEqual({ thresholds: { maxQueueMinutes: 20, queueSize: 5, noAgentOnline: true } });
  });

  it('names the fields that are not whole numbers above zero', () => {
    expect(thresholdsFrom({ maxQueueMinutes: '0', firstResponseMinutes: '2.5', queueSize: 'x', noAgentOnline: false })).toEqual({ invalid: ['maxQueueMinutes', 'firstResponseMinutes', 'queueSize'] });
  });

  it('shows a stored rule', () => {
    expect(alertFormFrom({ maxQueueMinutes: 15, noAgentOnline: false })).toEqual({ maxQueueMinutes: '15', firstResponseMinutes: '', queueSize: '', noAgentOnline: false });
  });
});
