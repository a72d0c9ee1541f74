// 32-bit string and integer hashing for the hashing trick (FNV-1a steps plus a murmur3 finaliser).

export const FNV_OFFSET = 0x811c9dc5;

/** One FNV-1a step over a UTF-16 code unit. */
export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

/** murmur3 fmix32: spreads FNV's weak low bits before they pick a bucket and a sign. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of a whole string range, seeded so word and char features never share a hash. */
export function hashRange(s: string, start: number, end: number, seed: number): number {
  let h = FNV_OFFSET ^ seed;
  for (let i = start; i < end; i++) h = fnvStep(h, s.charCodeAt(i));
  return h;
}
