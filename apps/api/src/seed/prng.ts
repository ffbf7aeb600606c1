/**
 * Deterministic randomness for the demo seed. Every stream is named (`z:chronic-absence:2025`), so a number depends
 * on what it is for, never on how many numbers were drawn before it: adding a metric does not reshuffle the others.
 */

/** The fixed seed of the demo district. Changing it changes every generated number (but no text). */
export const DEMO_SEED = 0x7e1e_2024;

/** cyrb128: a 128-bit string hash (four 32-bit words), good enough to seed streams and to make ids. */
export function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

// Module-level copies: inside Jest's VM context every global lookup (`Math`) is slow, and these run millions of times.
const { imul, sqrt, log, cos, floor, PI } = Math;

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32 seeded from the demo seed and a stream name. */
export function rng(stream: string): Rng {
  let state = (hash128(stream)[0] ^ DEMO_SEED) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + floor(next() * (max - min + 1)),
    normal: () => sqrt(-2 * log(1 - next())) * cos(2 * PI * next()),
    pick: (items) => items[floor(next() * items.length)],
  };
}

/** A version-4-shaped UUID derived from a stable key (`tactic:17`), so ids are identical on every run and every day. */
export function demoUuid(key: string): string {
  const hex = hash128(`${DEMO_SEED}:${key}`)
    .map((word) => word.toString(16).padStart(8, '0'))
    .join('');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Rounds half away from zero to `digits` decimals (values are stored with their display precision plus one). */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.sign(value) * Math.round(Math.abs(value) * factor) / factor;
}
