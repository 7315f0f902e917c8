import { describe, expect, it } from 'vitest';
import { badgeOf } from './badge-text';
import { t } from '../../i18n/i18n';

describe('the badge', () => {
  it.each([
    ['nothing', { alerts: [] }, ''],
    ['absent only', { absentOn: 'Tienda Norte', alerts: [] }, t('absence.badge')],
    ['alerts win the text', { absentOn: 'Tienda Norte', alerts: [{ number: 'Loja Sul', kind: 'queue-wait' as const }] }, '1'],
    ['many alerts', { alerts: Array.from({ length: 12 }, () => ({ number: 'X', kind: 'queue-size' as const })) }, '9+'],
  ])('%s', (_label, input, text) => {
    expect(badgeOf(input, t).text).toBe(text);
  });

  it('names both the alerts and the absence in its tooltip', () => {
    const { title } = badgeOf({ absentOn: 'Tienda Norte', alerts: [{ number: 'Loja Sul', kind: 'queue-wait' }] }, t);
    expect(title).toContain('Loja Sul');
    expect(title).toContain('Tienda Norte');
  });
});
