import { combine, fmix32, hashSeed } from './hash';
import { Stream } from './random';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex32(word: number): string {
  return (
    (HEX[(word >>> 24) & 0xff] ?? '') +
    (HEX[(word >>> 16) & 0xff] ?? '') +
    (HEX[(word >>> 8) & 0xff] ?? '') +
    (HEX[word & 0xff] ?? '')
  );
}

/**
 * A version-4-shaped GUID for the index-th entity of a seed. The first word is a bijection of the index, so
 * two indexes of one seed can never collide (random GUIDs only make that unlikely).
 */
export function seededGuid(seed: number, index: number): string {
  const base = combine(hashSeed(seed), Stream.guid);
  const w0 = fmix32((index + base) >>> 0);
  // RFC 9562 layout: the version nibble 4 opens the third group, the variant bits 10 open the fourth.
  const w1 = ((combine(w0, base) & 0xffff0fff) | 0x00004000) >>> 0;
  const w2 = ((combine(w1, 2) & 0x3fffffff) | 0x80000000) >>> 0;
  const w3 = combine(w2, 3);
  const b = hex32(w1);
  const c = hex32(w2);
  return `${hex32(w0)}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${hex32(w3)}`;
}
