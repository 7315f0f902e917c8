import { describe, expect, it } from 'vitest';
import { ContactIndexBuilder } from './index-builder';
import { decodeSegment, encodeSegment, segmentIntact, segmentIntactInSlices } from './segment-codec';
import { SegmentSet } from './segment-set';

const NAMES = ['José Álvarez', 'María José Peña', 'Joaquín Muñoz 🌻', 'Farmacia 24 Horas', 'Лариса Петрова', '\ud800 sola', ''];

function built() {
  const builder = new ContactIndexBuilder();
  NAMES.forEach((name, index) => builder.add({ identity: `55119876543${String(index).padStart(2, '0')}@wa.gw.msging.net`, name: name || undefined, lastMessageDate: index * 1000 }));
  builder.add({ identity: 'c0ffee@0mn.io', name: 'Lucía', phoneNumber: '+34 612 345 678', lastMessageDate: 5 });
  return builder.build();
}

describe('segment bytes', () => {
  it('read back, a segment answers exactly as the one built', () => {
    const index = built();
    const before = new SegmentSet([{ seq: 1, installationId: 'a', index }]);
    const after = new SegmentSet([{ seq: 1, installationId: 'a', index: decodeSegment(encodeSegment(index)) }]);
    for (const query of ['jo', 'jose', '24', 'лар', '4321', '9876543', 'lucia', '612', '\ud800']) {
      expect(after.search(query, { allowed: new Set(['a']) }), query).toEqual(before.search(query, { allowed: new Set(['a']) }));
    }
    expect(after.find('c0ffee@0mn.io')?.name).toBe('Lucía');
  });

  it.each([
    ['a changed byte', (bytes: Uint8Array) => (bytes[bytes.length - 9]! ^= 1)],
    ['another format', (bytes: Uint8Array) => (bytes[4] = 99)],
    ['a cut-off end', undefined],
  ])('refuses %s', (_, damage) => {
    const buffer = encodeSegment(built());
    if (damage) damage(new Uint8Array(buffer));
    expect(() => decodeSegment(damage ? buffer : buffer.slice(0, buffer.byteLength - 16))).toThrow();
  });

  it('checks the bytes in slices, pausing between them, as it checks them at once', async () => {
    // Enough contacts for several slices.
    const builder = new ContactIndexBuilder();
    for (let index = 0; index < 40_000; index++) builder.add({ identity: `5511${String(index).padStart(9, '0')}@wa.gw.msging.net`, name: `Cliente ${index}`, lastMessageDate: index });
    const buffer = encodeSegment(builder.build());
    let pauses = 0;
    const pause = async () => void pauses++;
    expect(await segmentIntactInSlices(buffer, pause)).toBe(true);
    expect(pauses).toBeGreaterThan(1);
    new Uint8Array(buffer)[buffer.byteLength - 9]! ^= 1;
    expect(segmentIntact(buffer)).toBe(false);
    expect(await segmentIntactInSlices(buffer, pause)).toBe(false);
  });
});
