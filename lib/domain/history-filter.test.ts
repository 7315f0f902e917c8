import { describe, expect, it } from 'vitest';
import { historyFilter, type HistoryQuery } from './history-filter';

const now = Date.parse('2026-11-25T12:00:00Z');
const base: HistoryQuery = { installationId: 'n', from: '2026-11-01', to: '2026-11-25', skip: 0, take: 20 };

describe('historyFilter', () => {
  it.each([
    [{}, "storageDate ge datetimeoffset'2026-11-01T00:00:00.000Z' and storageDate le datetimeoffset'2026-11-25T23:59:59.999Z'"],
    [{ from: '2026-01-01' }, "storageDate ge datetimeoffset'2026-08-27T12:00:00.000Z' and storageDate le datetimeoffset'2026-11-25T23:59:59.999Z'"],
    [{ status: 'ClosedClient' }, "and status eq 'ClosedClient'"],
    [{ agentIdentity: 'ana%40acme.com@blip.ai' }, "and agentIdentity eq 'ana%40acme.com@blip.ai'"],
    [{ customer: '+55 (11) 9876-5432' }, "and substringof('551198765432',customerIdentity)"],
    [{ customer: "O'Brien" }, "and substringof('O''Brien',customerIdentity)"],
  ] as Array<[Partial<HistoryQuery>, string]>)('%j', (patch, expected) => {
    expect(historyFilter({ ...base, ...patch }, now)).toContain(expected);
  });
});
