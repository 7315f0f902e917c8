import { describe, expect, it } from 'vitest';
import { contactsAsked, pagesAroundKill, resumedWhereItWas } from '../../scripts/bench/scale/resume';
import type { LoggedRequest } from '../../sandbox/request-log';

const page = (bot: string, skip: number, take = 5000, filter = false): LoggedRequest => ({
  bot,
  path: '/commands',
  method: 'get',
  uri: `/contacts?$skip=${skip}&$take=${take}${filter ? '&$filter=lastMessageDate%20ge%20x' : ''}&$orderby=lastMessageDate%20desc`,
  at: 0,
});

describe('bench:scale — pages around a worker kill', () => {
  it('a number that reads again only its page in flight resumed where it was', () => {
    const pages = pagesAroundKill([page('a', 0, 50), page('a', 0), page('a', 5000)], [page('a', 5000), page('a', 10000), page('a', 0, 1000, true)], [{ bot: 'a', storedAtKill: 5000 }]);
    expect(pages).toEqual([{ bot: 'a', before: 2, after: 2, afterOffsets: [5000, 10000], reRead: [5000], inFlight: 5000, storedAtKill: 5000, fromZero: false }]);
    expect(resumedWhereItWas(pages)).toBe(true);
  });

  it('a number that reads from offset 0 again after storing pages started over', () => {
    const pages = pagesAroundKill([page('a', 0), page('a', 5000)], [page('a', 0), page('a', 5000), page('a', 10000)], [{ bot: 'a', storedAtKill: 5000 }]);
    expect(pages[0]!.fromZero).toBe(true);
    expect(resumedWhereItWas(pages)).toBe(false);
  });

  it('reading again a page that was already stored is not a resume', () => {
    const pages = pagesAroundKill([page('a', 0), page('a', 5000)], [page('a', 5000), page('a', 10000)], [{ bot: 'a', storedAtKill: 10000 }]);
    expect(resumedWhereItWas(pages)).toBe(false);
  });

  it('a number killed after storing its last page, before marking its pass done, asks once past the end', () => {
    const pages = pagesAroundKill([page('a', 0), page('a', 5000)], [page('a', 10000)], [{ bot: 'a', storedAtKill: 10000 }]);
    expect(pages[0]!.reRead).toEqual([]);
    expect(resumedWhereItWas(pages)).toBe(true);
  });

  it('a number killed before its first page is stored may ask for it again', () => {
    const pages = pagesAroundKill([page('a', 0)], [page('a', 0), page('a', 5000)], [{ bot: 'a', storedAtKill: 0 }]);
    expect(resumedWhereItWas(pages)).toBe(true);
  });

  it('counts the contacts first passes asked for, the capability probe and later passes aside', () => {
    const requests = [page('a', 0, 50), page('a', 0), page('a', 5000), page('b', 0), page('b', 0, 1000, true)];
    expect(contactsAsked(requests, ['a', 'b', 'c'], 8000)).toBe(8000 + 5000);
  });
});
