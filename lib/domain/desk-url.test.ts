import { describe, expect, it } from 'vitest';
import { deskTabPatterns, deskUrlFor, servesDesk } from './desk-url';

describe('deskUrlFor', () => {
  it.each([
    ['https://acme.http.msging.net', 'https://acme.desk.blip.ai/'],
    ['https://ACME-2.http.msging.net/', 'https://acme-2.desk.blip.ai/'],
    ['https://http.msging.net', 'https://desk.blip.ai/'],
    ['https://bots.example.com', 'https://desk.blip.ai/'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/desk'],
    ['not a url', 'https://desk.blip.ai/'],
    [undefined, 'https://desk.blip.ai/'],
  ])('%s → %s', (host, expected) => {
    expect(deskUrlFor(host)).toBe(expected);
  });

  it('looks for desk tabs on Blip, or on the local stand-in', () => {
    expect(deskTabPatterns('https://acme.desk.blip.ai/')).toEqual(['https://desk.blip.ai/*', 'https://*.desk.blip.ai/*']);
    expect(deskTabPatterns('http://127.0.0.1:8787/desk')).toEqual(['http://127.0.0.1/desk*']);
  });
});

describe('servesDesk', () => {
  it.each([
    ['https://acme.http.msging.net', 'https://acme.desk.blip.ai', true],
    ['https://ACME.http.msging.net/', 'https://acme.desk.blip.ai', true],
    ['https://acme.http.msging.net', 'https://other.desk.blip.ai', false],
    ['https://acme.http.msging.net', 'https://desk.blip.ai', false],
    ['https://http.msging.net', 'https://desk.blip.ai', true],
    ['https://http.msging.net', 'https://acme.desk.blip.ai', false],
    ['https://bots.example.com', 'https://desk.blip.ai', true],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787', true],
    ['http://127.0.0.1:8787', 'http://localhost:8787', false],
    ['http://127.0.0.1:8787', 'https://acme.desk.blip.ai', false],
  ])('%s serves %s: %s', (host, desk, expected) => {
    expect(servesDesk(host, desk)).toBe(expected);
  });
});
