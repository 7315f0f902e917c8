/**
 * Faults the browser tests switch on per number (or for all), to prove the extension copes.
 * `stall-body`: the request is carried out and the reply's headers sent, but its body never finishes.
 * `refused`: the connection is dropped before anything is read (as a refused or reset connection).
 */
export const FAULT_KINDS = ['http500', 'http429', 'slow', 'lime-failure', 'malformed', 'stall-body', 'refused'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface Fault {
  kind: FaultKind;
  /** Number id, or undefined for every number. */
  bot?: string;
  /** How many requests it affects; undefined = until cleared. */
  times?: number;
  retryAfterSeconds?: number;
  /** `slow`: how long before answering; `stall-body`: how long the stalled reply is held open. */
  delayMs?: number;
}

export class FaultSwitches {
  private faults: Fault[] = [];

  set(fault: Fault): void {
    this.faults = this.faults.filter((existing) => existing.bot !== fault.bot);
    this.faults.push({ ...fault });
  }

  clear(bot?: string): void {
    this.faults = bot ? this.faults.filter((fault) => fault.bot !== bot) : [];
  }

  /** The fault that applies to this request, consuming one of its `times`. */
  take(bot: string): Fault | undefined {
    const fault = this.faults.find((candidate) => candidate.bot === bot) ?? this.faults.find((candidate) => candidate.bot === undefined);
    if (!fault) return undefined;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults = this.faults.filter((candidate) => candidate !== fault);
    }
    return fault;
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }
}
