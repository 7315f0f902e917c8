import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { plotted, type ChartData } from '../domain/chart-data';

/** The colors of the page's theme the chart is drawn in (read from its CSS variables). */
export interface ChartTheme {
  text: string;
  grid: string;
  series: string[];
}

/** A chart on the page: resize it with the panel, destroy it when it goes. */
export interface DrawnChart {
  setWidth(width: number): void;
  destroy(): void;
}

/**
 * Draws a chart with uPlot (canvas; the page gives the table alternative): bars for one series, lines
 * for several, rows along the x axis by their labels. Loaded only when a chart is shown.
 */
export function drawChart(target: HTMLElement, data: ChartData, theme: ChartTheme, width: number, height = 200): DrawnChart {
  const drawn = data.columns.filter((column) => column.drawn !== false);
  const xs = data.rows.map((_, index) => index);
  const axis = { stroke: theme.text, grid: { stroke: theme.grid, width: 1 }, ticks: { stroke: theme.grid, width: 1 } };
  const bars = data.kind === 'bars' ? uPlot.paths.bars!({ size: [0.6, 48] }) : undefined;
  const chart = new uPlot(
    {
      width,
      height,
      // The legend names the series; the values are in the table beside the chart.
      legend: { show: drawn.length > 1, live: false },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: false, range: [-0.5, Math.max(0.5, data.rows.length - 0.5)] },
        // Counts and times start at zero, so a bar's height is its value.
        y: { range: (_self, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
      },
      axes: [
        { ...axis, values: (_self, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? (data.rows[tick] ?? '') : '')) },
        { ...axis, size: 44, label: drawn.some((column) => column.unit === 'duration') ? 'min' : undefined, labelSize: 16 },
      ],
      series: [
        { label: data.rowLabel },
        ...drawn.map((column, index) => {
          const color = theme.series[index % theme.series.length]!;
          return { label: column.label, stroke: color, width: 2, fill: bars ? color : undefined, paths: bars, points: { show: !bars } };
        }),
      ],
    },
    [xs, ...drawn.map((column) => column.values.map((value) => plotted(column, value)))] as uPlot.AlignedData,
    target,
  );
  return {
    setWidth: (next) => chart.setSize({ width: next, height }),
    destroy: () => chart.destroy(),
  };
}
