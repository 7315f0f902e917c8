/** The median of a list of numbers (NaN for none). */
export function median(values: number[]): number {
  return percentile(values, 50);
}

/** The p-th percentile (nearest rank) of a list of numbers (NaN for none). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const ms = (value: number) => (Number.isFinite(value) ? `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms` : 'n/a');
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

interface Line {
  label: string;
  figure: string;
  budget?: string;
  met?: boolean;
}

/** Collects the figures of one run and prints them with their budgets; the last line says how many were met. */
export class Report {
  private readonly lines: Line[] = [];

  /** A figure with no budget of its own. */
  note(label: string, figure: string): void {
    this.lines.push({ label, figure });
    console.log(`  ${label}: ${figure}`);
  }

  /** A figure against a budget (`value ≤ limit` is met). */
  check(label: string, value: number, limit: number, format: (value: number) => string, extra = ''): void {
    const met = value <= limit;
    const line = { label, figure: `${format(value)}${extra ? ` ${extra}` : ''}`, budget: `≤ ${format(limit)}`, met };
    this.lines.push(line);
    console.log(`  ${met ? 'met   ' : 'MISSED'} ${label}: ${line.figure} (budget ${line.budget})`);
  }

  summary(): void {
    const checked = this.lines.filter((line) => line.met !== undefined);
    console.log('\nbudgets:');
    for (const line of checked) console.log(`  ${line.met ? 'met   ' : 'MISSED'} ${line.label}: ${line.figure} (budget ${line.budget})`);
    const met = checked.filter((line) => line.met).length;
    console.log(`ux budgets: ${met} of ${checked.length} met`);
  }
}
