// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BLIP_CALLS, callOf } from '../../lib/blip/catalog';

const doc = readFileSync(new URL('../../docs/blip-compatibility.md', import.meta.url), 'utf8');

describe('catalog of Blip calls', () => {
  it('is explained call by call in docs/blip-compatibility.md', () => {
    expect(BLIP_CALLS.filter((call) => !doc.includes(`\`${call.key}\``)).map((call) => call.key)).toEqual([]);
  });

  it.each([
    [{ to: 'postmaster@crm.msging.net', method: 'get', uri: '/contacts?$take=10&$orderby=lastMessageDate%20desc' }, 'contacts.orderby'],
    [{ to: 'postmaster@crm.msging.net', method: 'get', uri: '/contacts?$take=10' }, 'contacts.list'],
    [{ to: 'postmaster@desk.msging.net', method: 'set', uri: '/tickets/change-status' }, undefined],
    [{ to: 'postmaster@desk.msging.net', method: 'set', uri: '/tickets/5511%40wa.gw.msging.net' }, 'tickets.open-for-customer'],
    [{ method: 'set', uri: '/contexts/a%40b/stateid%40flow' }, 'contexts.state.set'],
    [{ to: 'postmaster@wa.gw.msging.net', method: 'get', uri: 'lime://wa.gw.msging.net/accounts/+5511' }, 'whatsapp.account'],
  ])('names %j as %s', (command, key) => {
    expect(callOf(command)?.key).toBe(key);
  });
});
