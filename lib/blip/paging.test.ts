import { describe, expect, it } from 'vitest';
import { collectAll, pages, withQuery } from './paging';

const source = Array.from({ length: 250 }, (_, index) => index);
const fetchPage = (total?: number) => async (skip: number, take: number) => ({ total, items: source.slice(skip, skip + take) });

describe('paging', () => {
  it('walks $skip/$take pages until a short page', async () => {
    const seen: number[][] = [];
    for await (const page of pages(fetchPage())) seen.push(page);
    expect(seen.map((page) => page.length)).toEqual([100, 100, 50]);
  });

  it('stops at total without asking for an empty page', async () => {
    let calls = 0;
    const all = await collectAll(async (skip, take) => {
      calls++;
      return { total: 200, items: source.slice(skip, Math.min(skip + take, 200)) };
    });
    expect(all).toHaveLength(200);
    expect(calls).toBe(2);
  });

  it('respects a limit', async () => {
    expect(await collectAll(fetchPage(), { limit: 130 })).toHaveLength(130);
  });

  it('encodes query values and drops empty ones', () => {
    expect(withQuery('/contacts', { $skip: 0, $take: 10, $filter: "startswith(name,'José')", empty: undefined })).toBe(
      "/contacts?$skip=0&$take=10&$filter=startswith(name%2C'Jos%C3%A9')",
    );
  });
});
