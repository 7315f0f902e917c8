import type { LoggedRequest } from '../../../sandbox/request-log';

/** The contact pages of one number's first pass the sandbox served, before and after the worker was killed. */
export interface NumberPages {
  bot: string;
  before: number;
  after: number;
  /** Offsets asked after the kill, in order. */
  afterOffsets: number[];
  /** Offsets asked again after the kill. */
  reRead: number[];
  /** The offset asked last before the kill: the page in flight, if it was not stored yet. */
  inFlight?: number;
  /** Contacts the number had stored when the worker was killed (its progress). */
  storedAtKill: number;
  /** Read from offset 0 again although pages were stored before the kill. */
  fromZero: boolean;
}

/**
 * First-pass page offsets a number asked for, in order: `/contacts` without `$filter`, at the pass's
 * page size (the largest `$take` asked; a capability probe reads a few contacts the same way).
 */
function firstPassOffsets(requests: LoggedRequest[], bot: string, take: number): number[] {
  return pageQueries(requests, bot)
    .filter((query) => Number(query.get('$take')) === take)
    .map((query) => Number(query.get('$skip') ?? 0));
}

function pageQueries(requests: LoggedRequest[], bot: string): URLSearchParams[] {
  return requests
    .filter((request) => request.bot === bot && request.method === 'get' && request.uri?.startsWith('/contacts?'))
    .map((request) => new URLSearchParams(request.uri!.slice(request.uri!.indexOf('?') + 1)))
    .filter((query) => !query.has('$filter'));
}

/** Contacts the numbers' first passes have asked for so far (asked, not necessarily stored). */
export function contactsAsked(requests: LoggedRequest[], bots: string[], contactsEach: number): number {
  let asked = 0;
  for (const bot of bots) {
    const queries = pageQueries(requests, bot);
    const take = Math.max(0, ...queries.map((query) => Number(query.get('$take'))));
    const offsets = firstPassOffsets(requests, bot, take);
    asked += offsets.length ? Math.min(contactsEach, Math.max(...offsets) + take) : 0;
  }
  return asked;
}

/**
 * What the kill cost each number: pages served before and after it, and which were read again. A
 * sync that resumes reads again at most the one page in flight (asked before the kill, never stored).
 */
export function pagesAroundKill(before: LoggedRequest[], after: LoggedRequest[], bots: Array<{ bot: string; storedAtKill: number }>): NumberPages[] {
  return bots.map(({ bot, storedAtKill }) => {
    const take = Math.max(0, ...pageQueries([...before, ...after], bot).map((query) => Number(query.get('$take'))));
    const earlier = firstPassOffsets(before, bot, take);
    const later = firstPassOffsets(after, bot, take);
    const asked = new Set(earlier);
    const inFlight = earlier.at(-1);
    return {
      bot,
      before: earlier.length,
      after: later.length,
      afterOffsets: later,
      reRead: later.filter((offset) => asked.has(offset)),
      inFlight,
      storedAtKill,
      fromZero: earlier.some((offset) => offset > 0) && later.includes(0),
    };
  });
}

/** True when every number read again nothing but its page in flight (never stored), at most once, and none started over. */
export function resumedWhereItWas(pages: NumberPages[]): boolean {
  return pages.every((entry) => !entry.fromZero && entry.reRead.length <= 1 && entry.reRead.every((offset) => offset === entry.inFlight && offset >= entry.storedAtKill));
}
