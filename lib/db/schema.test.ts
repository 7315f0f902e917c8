import { describe, expect, it } from 'vitest';
import { declaredVersions, LATEST_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './schema';

const move = () => undefined;
const history: SchemaVersion[] = [
  { version: 1, stores: { a: 'id' } },
  { version: 2, stores: { b: 'id, x' } },
  { version: 3, stores: { c: 'id' }, upgrade: move },
  { version: 4, stores: { a: null, d: 'id' } },
  { version: 5, stores: { b: 'id, x, y' } },
];

describe('declared schema versions', () => {
  it('declares the versions that move data and the latest, each with every table declared up to it', () => {
    expect(declaredVersions(history)).toEqual([
      { version: 3, stores: { a: 'id', b: 'id, x', c: 'id' }, upgrade: move },
      { version: 5, stores: { a: null, b: 'id, x, y', c: 'id', d: 'id' } },
    ]);
  });

  it('ends at the latest version of the real history', () => {
    expect(declaredVersions().at(-1)?.version).toBe(LATEST_VERSION);
    expect(declaredVersions().filter((entry) => entry.upgrade)).toHaveLength(SCHEMA_VERSIONS.filter((entry) => entry.upgrade).length);
  });
});
