/** One request a number's key made to the sandbox's HTTP API. */
export interface LoggedRequest {
  bot: string;
  path: '/commands' | '/messages';
  method?: string;
  uri?: string;
  at: number;
}

/**
 * Every API request the sandbox answered, per number: what tests and benchmarks count when they hold
 * the extension to a number of Blip calls (never part of Blip's contract).
 */
export class RequestLog {
  private readonly entries: LoggedRequest[] = [];

  record(entry: LoggedRequest): void {
    this.entries.push(entry);
  }

  /** Requests since `since` (epoch ms), optionally of one number. */
  since(since: number, bot?: string): LoggedRequest[] {
    return this.entries.filter((entry) => entry.at >= since && (bot === undefined || entry.bot === bot));
  }

  /** A mark to count from: the log's length now. */
  mark(): number {
    return this.entries.length;
  }

  /** Requests after a mark, optionally of one number. */
  after(mark: number, bot?: string): LoggedRequest[] {
    return this.entries.slice(mark).filter((entry) => bot === undefined || entry.bot === bot);
  }
}
