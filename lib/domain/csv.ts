/** Text a spreadsheet would read as a formula. */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 text for a spreadsheet: a UTF-8 BOM so spreadsheets read the accents, the column names as
 * they are, CRLF line ends, every field quoted, and text cells that would start a formula kept as text.
 */
export function csvText(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const quote = (value: string | number) => {
    const text = String(value);
    return `"${(typeof value === 'string' && FORMULA_START.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
  };
  return `\uFEFF${[header.join(','), ...rows.map((row) => row.map(quote).join(','))].join('\r\n')}\r\n`;
}
