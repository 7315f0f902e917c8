import { describe, expect, it } from 'vitest';
import { parseFilter } from './odata-filter';

const ANA = { identity: '5511987654321@wa.gw.msging.net', name: 'Ana Álvarez', phoneNumber: '+55 (11) 98765-4321', city: 'São Paulo', lastMessageDate: '2026-01-15T10:00:00.000Z' };
const NONAME = { identity: '5215500000000@wa.gw.msging.net', lastMessageDate: '2025-06-01T00:00:00.000Z' };

describe('sandbox OData filter', () => {
  it.each([
    ["startswith(name,'ana')", true, false],
    ["startswith(name,'Álv')", false, false],
    ["substringof('Álv',name)", true, false],
    ["substringof('98765',phonenumber) or substringof('98765',identity)", true, false],
    ["name eq null", false, true],
    ["name ne null and city eq 'são paulo'", true, false],
    ["lastmessagedate ge datetimeoffset'2026-01-01T00:00:00.000Z'", true, false],
    ["(lastmessagedate ge datetimeoffset'2025-01-01T00:00:00.000Z') and (lastmessagedate le datetimeoffset'2025-12-31T23:59:59.999Z')", false, true],
    ["not (startswith(name,'Ana'))", false, true],
    ["startswith(name,'O''Neil')", false, false],
  ])('%s', (filter, ana, noname) => {
    const predicate = parseFilter(filter);
    expect([predicate(ANA), predicate(NONAME)]).toEqual([ana, noname]);
  });

  it.each(["startswith(name 'a')", "name xx 'a'", "name eq 'a' junk", "'unterminated"])('rejects %s', (filter) => {
    expect(() => parseFilter(filter)).toThrow();
  });
});
