import { csvText } from './csv';

/** One column of a chart's data: a series (drawn unless `drawn` is false) and a column of its table. */
export interface ChartColumn {
  key: string;
  label: string;
  /** Counts, or durations in ms (drawn and exported in minutes). */
  unit: 'count' | 'duration';
  /** One value per row; null where there is none (a day without tickets has no times). */
  values: Array<number | null>;
  drawn?: boolean;
}

/** What a chart shows, the same data its table and its CSV hold. */
export interface ChartData {
  id: string;
  title: string;
  kind: 'bars' | 'lines';
  /** The first column's name and each row's label (an hour, a day, an agent). */
  rowLabel: string;
  rows: string[];
  /** Each row's key (an hour's start, a `yyyy-mm-dd` day, an agent's identity), for pages and tests to find it. */
  rowKeys: string[];
  columns: ChartColumn[];
}

const MINUTE = 60_000;

/** A value as the chart's axis reads it: counts as they are, durations in minutes. */
export function plotted(column: ChartColumn, value: number | null): number | null {
  return value === null ? null : column.unit === 'duration' ? value / MINUTE : value;
}

/** The chart's data as a spreadsheet: one row per label, durations in minutes (one decimal), empty where there is none. */
export function chartCsv(data: ChartData): string {
  const header = [data.rowLabel, ...data.columns.map((column) => (column.unit === 'duration' ? `${column.label} (min)` : column.label))];
  const rows = data.rows.map((label, index) => [label, ...data.columns.map((column) => {
    const value = column.values[index] ?? null;
    return value === null ? '' : column.unit === 'duration' ? (value / MINUTE).toFixed(1) : value;
  })]);
  return csvText(header, rows);
}
