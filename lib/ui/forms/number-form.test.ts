import { describe, expect, it } from 'vitest';
import { emptyForm, hostForTenant, validateForm, type NumberFormValues } from './number-form';

const saved = { id: 'n1', name: 'Tienda Norte', phone: '+5215512345678', host: 'https://acme.http.msging.net', managed: false, hasRouterKey: false, createdAt: 1 };
const edit = (patch: Partial<NumberFormValues>) => ({ ...emptyForm(saved), ...patch });

describe('number form (messages in the test environment language, English)', () => {
  it('asks for the key again when the host changes, and only then', () => {
    expect(validateForm(edit({}), false, saved.host)).toEqual({});
    expect(validateForm(edit({ host: 'https://acme.http.msging.net/' }), false, saved.host)).toEqual({});
    expect(validateForm(edit({ host: 'https://bots.acme.com' }), false, saved.host)).toEqual({ header: 'The host changed: enter the key again (the old key is never sent to another host).' });
    expect(validateForm(edit({ host: 'https://bots.acme.com', header: 'Key YWJjOmRlZg==' }), false, saved.host)).toEqual({});
  });

  it('flags a tenant that is not one name, and leaves the host alone while it is', () => {
    expect(validateForm({ ...emptyForm(), name: 'X', phone: '+5215512345678', tenant: 'evil.com/#', header: 'Key YWJjOmRlZg==' }, true)).toMatchObject({ tenant: expect.stringContaining('letters, digits and hyphens') });
    expect(hostForTenant('evil.com/#', 'https://http.msging.net')).toBe('https://http.msging.net');
    expect(hostForTenant('acme', 'https://http.msging.net')).toBe('https://acme.http.msging.net');
  });
});
