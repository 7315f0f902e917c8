import { FORMULA_START, csvText } from './csv';
import { categoryNameProblem, replyTextProblem, replyTitleProblem, type ReplyProblem } from './replies';

/** The CSV columns, in order. Spreadsheet users see these names in the first row. */
export const CSV_HEADER = ['category', 'title', 'text'] as const;

export interface CsvReplyRow {
  category: string;
  title: string;
  text: string;
}

export interface CsvRowError {
  /** 1-based line of the row in the file, as a spreadsheet numbers it (the header is row 1). */
  row: number;
  field: 'category' | 'title' | 'text' | 'columns';
  problem: ReplyProblem | 'columns';
}

export interface ReplyGroup {
  name: string;
  replies: Array<{ title: string; text: string }>;
}

/** A cell a spreadsheet would run as a formula; written with a leading apostrophe, read back without it. */
/** The replies as CSV (see `csvText`): one row per reply under the category's name. */
export function repliesToCsv(categories: ReplyGroup[]): string {
  return csvText(CSV_HEADER, categories.flatMap((category) => category.replies.map((reply) => [category.name, reply.title, reply.text])));
}

/**
 * Splits CSV text into rows of fields (quoted fields may hold commas, quotes and line breaks). The
 * delimiter is a comma, or a semicolon when the first line uses those (spreadsheets in es/pt locales).
 */
export function parseCsvRows(input: string): string[][] {
  const text = input.replace(/^\uFEFF/, '');
  const firstLine = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

/**
 * Reads replies from CSV, grouped by category in file order. Every bad row is reported with its row
 * number; rows that repeat a title in the same category keep the last text.
 */
export function repliesFromCsv(input: string): { groups: ReplyGroup[]; errors: CsvRowError[] } {
  const rows = parseCsvRows(input);
  const errors: CsvRowError[] = [];
  const groups = new Map<string, ReplyGroup>();
  const startsWithHeader = rows[0]?.[0]?.trim().toLowerCase() === CSV_HEADER[0];
  rows.slice(startsWithHeader ? 1 : 0).forEach((cells, index) => {
    const row = index + (startsWithHeader ? 2 : 1);
    if (cells.length !== 3) return errors.push({ row, field: 'columns', problem: 'columns' });
    const [category, title, text] = cells.map(unguard) as [string, string, string];
    const problems: CsvRowError[] = [];
    const nameProblem = categoryNameProblem(category);
    const titleProblem = replyTitleProblem(title);
    const textProblem = replyTextProblem(text);
    if (nameProblem) problems.push({ row, field: 'category', problem: nameProblem });
    if (titleProblem) problems.push({ row, field: 'title', problem: titleProblem });
    if (textProblem) problems.push({ row, field: 'text', problem: textProblem });
    if (problems.length) return errors.push(...problems);
    const key = category.trim().toLowerCase();
    const group = groups.get(key) ?? { name: category.trim(), replies: [] };
    groups.set(key, group);
    const existing = group.replies.find((reply) => reply.title.toLowerCase() === title.trim().toLowerCase());
    if (existing) existing.text = text;
    else group.replies.push({ title: title.trim(), text });
  });
  return { groups: [...groups.values()], errors };
}

function unguard(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** The file's text: UTF-8, or Windows-1252 as spreadsheets in Spanish and Portuguese save plain "CSV". */
export function decodeCsv(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
