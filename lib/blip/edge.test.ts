import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { blipDate, optionalBlipDate, readBlipDate } from './dates';
import { itemByItemCollection, pageLength } from './items';

describe('Blip dates', () => {
  it.each([
    ['2026-11-25T14:36:00.000Z', '2026-11-25T14:36:00.000Z'],
    ['2026-11-25T14:36:00.000-03:00', '2026-11-25T17:36:00.000Z'],
    ['2026-11-25T14:36:00+0000', '2026-11-25T14:36:00.000Z'],
    ['2026-11-25', '2026-11-25T00:00:00.000Z'],
    ['not a date', undefined],
    ['1', undefined],
    ['2026-13-45T99:99:99Z', undefined],
    ['', undefined],
    [42, undefined],
    [null, undefined],
  ])('%j → %j', (input, iso) => {
    const ms = readBlipDate(input);
    expect(ms === undefined ? undefined : new Date(ms).toISOString()).toBe(iso);
    expect(optionalBlipDate.parse(input)).toBe(iso);
    expect(blipDate.safeParse(input).success).toBe(iso !== undefined);
  });
});

describe('itemByItemCollection', () => {
  const schema = itemByItemCollection(z.object({ id: z.string(), date: blipDate }));
  it.each([
    ['all good', { total: 2, items: [{ id: 'a', date: '2026-01-01T00:00:00Z' }, { id: 'b', date: '2026-01-02T00:00:00Z' }] }, ['a', 'b'], 0, 2],
    ['a bad date is skipped', { items: [{ id: 'a', date: 'garbage' }, { id: 'b', date: '2026-01-02T00:00:00Z' }] }, ['b'], 1, undefined],
    ['a wrong type is skipped', { items: [null, 7, 'x', { id: 3 }, { id: 'c', date: '2026-01-03' }] }, ['c'], 4, undefined],
    ['no items', { total: 0 }, [], 0, 0],
    ['items: null', { items: null }, [], 0, undefined],
    ['a total that is not a count', { total: -3, items: [] }, [], 0, undefined],
  ])('%s', (_label, page, ids, skipped, total) => {
    const read = schema.parse(page);
    expect(read.items.map((item) => item.id)).toEqual(ids);
    expect(read.skipped).toBe(skipped);
    expect(read.total).toBe(total);
    expect(pageLength(read)).toBe(ids.length + skipped);
  });
});
