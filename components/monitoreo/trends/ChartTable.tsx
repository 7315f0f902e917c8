import type { ChartData } from '@/lib/domain/chart-data';
import { formatDuration } from '@/lib/domain/timespan';
import { formatNumber } from '@/lib/i18n/i18n';

/** A chart's table alternative: the same rows and values, durations written out, "—" where there is none. */
export function ChartTable({ data }: { data: ChartData }) {
  const cell = (unit: 'count' | 'duration', value: number | null | undefined) => (value === null || value === undefined ? '—' : unit === 'duration' ? formatDuration(value) : formatNumber(value));
  return (
    <div class="chart-table-scroll" tabIndex={0} role="region" aria-label={data.title}>
      <table class="chart-table" data-chart-table={data.id}>
        <caption class="visually-hidden">{data.title}</caption>
        <thead>
          <tr>
            <th scope="col">{data.rowLabel}</th>
            {data.columns.map((column) => <th key={column.key} scope="col">{column.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((label, index) => (
            <tr key={data.rowKeys[index]} data-row={data.rowKeys[index]}>
              <th scope="row">{label}</th>
              {data.columns.map((column) => <td key={column.key} data-column={column.key}>{cell(column.unit, column.values[index])}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
