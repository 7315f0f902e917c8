interface Line {
  label: string;
  figure: string;
  budget: string;
  met: boolean;
}

/** Figures of one run against their budgets, printed as they come and once more at the end with the summary line. */
export class Budgets {
  private readonly lines: Line[] = [];

  /** A figure that must stay at or under `limit`. */
  atMost(label: string, value: number, limit: number, format: (value: number) => string, extra = ''): void {
    this.add({ label, figure: `${format(value)}${extra ? ` ${extra}` : ''}`, budget: `≤ ${format(limit)}`, met: value <= limit });
  }

  /** A figure that must reach at least `floor`. */
  atLeast(label: string, value: number, floor: number, format: (value: number) => string, extra = ''): void {
    this.add({ label, figure: `${format(value)}${extra ? ` ${extra}` : ''}`, budget: `≥ ${format(floor)}`, met: value >= floor });
  }

  /** A property that holds or not. */
  holds(label: string, met: boolean, figure: string): void {
    this.add({ label, figure, budget: 'must hold', met });
  }

  summary(name: string): void {
    console.log('\nbudgets:');
    for (const line of this.lines) console.log(this.format(line));
    const met = this.lines.filter((line) => line.met).length;
    console.log(`${name} budgets: ${met} of ${this.lines.length} met`);
  }

  private add(line: Line): void {
    this.lines.push(line);
    console.log(this.format(line));
  }

  private format(line: Line): string {
    return `  ${line.met ? 'met   ' : 'MISSED'} ${line.label}: ${line.figure} (budget ${line.budget})`;
  }
}
