import { describe, expect, it } from 'vitest';
import { changedSince, contactFilterSchema, contactFilterToOData } from './contact-filter';

describe('Contactos filters', () => {
  it.each([
    [{}, undefined],
    [{ name: 'José' }, "(startswith(name,'José'))"],
    [{ name: "O'Neil" }, "(startswith(name,'O''Neil'))"],
    [{ email: 'ana@' }, "(startswith(email,'ana@'))"],
    [{ phone: '+55 (11) 9876' }, "(substringof('55119876',phonenumber) or substringof('55119876',identity))"],
    [{ city: 'Lima', taxDocument: '123.456' }, "(startswith(city,'Lima')) and (startswith(taxdocument,'123.456'))"],
    [{ identity: '5511@wa.gw.msging.net' }, "(identity eq '5511@wa.gw.msging.net')"],
    [
      { from: '2026-01-01', to: '2026-01-31' },
      "(lastmessagedate ge datetimeoffset'2026-01-01T00:00:00.000Z') and (lastmessagedate le datetimeoffset'2026-01-31T23:59:59.999Z')",
    ],
    [{ name: '  ', city: '' }, undefined],
  ])('%j → %s', (input, expected) => {
    expect(contactFilterToOData(contactFilterSchema.parse(input))).toBe(expected);
  });

  it.each([
    [{ phone: 'abc' }, 'phone-format'],
    [{ email: "a'b" }, 'email-format'],
    [{ taxDocument: '12 34' }, 'document-format'],
    [{ identity: 'a b' }, 'identity-format'],
    [{ from: '2026-13-45' }, 'date-format'],
    [{ from: '2026-02-01', to: '2026-01-01' }, 'period-order'],
    [{ name: 'x'.repeat(101) }, 'too-long'],
  ])('rejects %j (%s)', (input, message) => {
    const result = contactFilterSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it('builds the incremental window', () => {
    expect(changedSince('2026-01-01T00:00:00.000Z')).toBe("(lastmessagedate ge datetimeoffset'2026-01-01T00:00:00.000Z')");
    expect(changedSince('a', 'b')).toBe("(lastmessagedate ge datetimeoffset'a') and (lastmessagedate le datetimeoffset'b')");
  });
});
