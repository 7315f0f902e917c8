import { describe, expect, it } from 'vitest';
import { authorizationFrom, defaultHost, identifierFromAuthorization, installationDraftSchema, isValidTenant, roleOf } from './installation';

describe('keys', () => {
  it.each([
    [{ mode: 'header', header: 'Key YWJjOmRlZg==' }, 'Key YWJjOmRlZg=='],
    [{ mode: 'header', header: '  key YWJjOmRlZg==  ' }, 'Key YWJjOmRlZg=='],
    [{ mode: 'header', header: 'Authorization: Key YWJjOmRlZg==' }, 'Key YWJjOmRlZg=='],
    [{ mode: 'header', header: 'YWJjOmRlZg==' }, 'Key YWJjOmRlZg=='],
    [{ mode: 'pair', identifier: 'abc', accessKey: 'def' }, 'Key YWJjOmRlZg=='],
  ] as const)('%j → %s', (input, expected) => {
    expect(authorizationFrom(input)).toBe(expected);
  });

  it('tells which bot a key belongs to', () => {
    expect(identifierFromAuthorization('Key YWJjOmRlZg==')).toBe('abc');
    expect(identifierFromAuthorization('Key %%%')).toBeUndefined();
  });
});

describe('installation form', () => {
  const valid = { name: 'Tienda Norte', phone: '+52 1 55 1234-5678', host: 'https://acme.http.msging.net', key: { mode: 'header', header: 'Key YWJjOmRlZg==' } } as const;

  it('normalises the phone to E.164', () => {
    expect(installationDraftSchema.parse(valid).phone).toBe('+5215512345678');
  });

  it.each([
    ['name', { name: '' }, 'required'],
    ['name', { name: 'x'.repeat(61) }, 'too-long'],
    ['phone', { phone: '123' }, 'phone-format'],
    ['phone', { phone: 'call me' }, 'phone-format'],
    ['host', { host: 'http://acme.example' }, 'host-format'],
    ['host', { host: 'not a url' }, 'host-format'],
    ['key', { key: { mode: 'header', header: 'Key not base64!' } }, 'key-format'],
    ['key', { key: { mode: 'pair', identifier: 'a b', accessKey: 'x' } }, 'identifier-format'],
  ])('rejects a bad %s (%j) with %s', (field, patch, message) => {
    const result = installationDraftSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: expect.arrayContaining([field]), message });
  });

  it('accepts the local sandbox over http', () => {
    expect(installationDraftSchema.safeParse({ ...valid, host: 'http://127.0.0.1:8787' }).success).toBe(true);
  });

  it('builds the default host from the tenant', () => {
    expect(defaultHost(' Acme ')).toBe('https://acme.http.msging.net');
    expect(defaultHost('')).toBe('https://http.msging.net');
  });

  it.each([
    ['acme', true],
    ['acme-2', true],
    ['', true],
    ['evil.com/x#', false],
    ['evil.com?', false],
    ['user@evil.com#', false],
    ['a.b', false],
    ['-acme', false],
    ['acme-', false],
    ['x'.repeat(64), false],
  ])('a tenant %j can only name a msging.net host: %s', (tenant, valid) => {
    expect(isValidTenant(tenant)).toBe(valid);
    if (valid) expect(new URL(defaultHost(tenant)).hostname.endsWith('msging.net')).toBe(true);
    else expect(() => defaultHost(tenant)).toThrow();
  });

  it.each([
    ['https://acme.http.msging.net', 'https://acme.http.msging.net'],
    ['https://bots.acme.com/', 'https://bots.acme.com'],
    ['https://bots.acme.com:8443', 'https://bots.acme.com:8443'],
    ['http://localhost:8787', 'http://localhost:8787'],
  ])('keeps a command host %s as its origin', (host, origin) => {
    expect(installationDraftSchema.parse({ ...valid, host }).host).toBe(origin);
  });

  it.each(['https://user:pass@evil.com', 'https://@evil.com', 'https://evil.com/commands', 'https://evil.com?x=1', 'https://evil.com#x', 'ftp://evil.com', 'http://10.0.0.1', 'javascript:alert(1)'])('refuses a command host that is not an origin over HTTPS: %s', (host) => {
    expect(installationDraftSchema.safeParse({ ...valid, host }).success).toBe(false);
  });
});

describe('roles', () => {
  it.each([
    [true, undefined, 'attendant'],
    [true, true, 'attendant'],
    [false, true, 'manager'],
    [false, undefined, 'unknown'],
    [false, false, 'unknown'],
  ] as const)('attendant %s, declared manager %s → %s', (isAttendant, declared, role) => {
    expect(roleOf(isAttendant, declared)).toBe(role);
  });
});
