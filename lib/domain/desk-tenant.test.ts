import { describe, expect, it } from 'vitest';
import { servesDesk } from './desk-tenant';

describe('servesDesk', () => {
  it.each([
    ['https://acme.http.msging.net', 'https://acme.desk.blip.ai', true],
    ['https://ACME.http.msging.net/', 'https://acme.desk.blip.ai', true],
    ['https://acme.http.msging.net', 'https://other.desk.blip.ai', false],
    ['https://acme.http.msging.net', 'https://desk.blip.ai', false],
    ['https://http.msging.net', 'https://desk.blip.ai', true],
    ['https://msging.net', 'https://desk.blip.ai', true],
    ['https://http.msging.net', 'https://acme.desk.blip.ai', false],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787', true],
    ['http://127.0.0.1:8787', 'https://acme.desk.blip.ai', false],
    ['https://bot.example.com', 'https://acme.desk.blip.ai', false],
    ['https://acme.http.msging.net', 'not a url', false],
  ])('%s serves %s: %s', (host, desk, expected) => {
    expect(servesDesk(host, desk)).toBe(expected);
  });
});
