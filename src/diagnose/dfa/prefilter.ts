// Development time only (it compiles with refa): the trigger's SIMD prefilter, written into
// tables.generated.ts. scan.wat's chunk scan tests 16 positions at once against these masks and
// runs the trigger automaton only from the positions that pass (a Teddy-style filter: eight buckets,
// each a set of byte triples, every byte tested through its two nibbles).
import { MASK_BYTES } from './byte-engine.js';
import { compileAutomaton } from './compile.js';

export interface TriggerPrefilter {
  /** The trigger source the masks were built for. */
  source: string;
  /** lo0, hi0, lo1, hi1, lo2, hi2: per nibble value, the buckets it allows at that position. */
  masks: number[];
}

/** Byte sets at the three leading positions of a match; a match shorter than three takes any. */
type Fingerprint = [number[], number[], number[]];

const ANY_BYTE = Array.from({ length: 256 }, (_, b) => b);

/**
 * Masks that let through every position where a trigger match can start: each match's first three
 * bytes (or all of a shorter match) belong to one bucket's nibble sets at all three positions.
 * Buckets are formed so that ordinary log text passes rarely, by a rough byte-frequency model.
 */
export function triggerPrefilter(source: string): TriggerPrefilter {
  const fingerprints = matchPrefixes(source);
  const buckets = cluster(fingerprints.map(nibbleSets), 8);
  const masks = new Array<number>(MASK_BYTES).fill(0);
  buckets.forEach((bucket, bit) =>
    bucket.forEach(({ lo, hi }, position) => {
      for (let n = 0; n < 16; n++) {
        if ((lo >> n) & 1) masks[position * 32 + n]! |= 1 << bit;
        if ((hi >> n) & 1) masks[position * 32 + 16 + n]! |= 1 << bit;
      }
    }),
  );
  return { source, masks };
}

/** Whether the masks let a match start at bytes `b0 b1 b2` (what scan.wat computes per lane). */
export function passes(masks: readonly number[], b0: number, b1: number, b2: number): boolean {
  let bits = 0xff;
  [b0, b1, b2].forEach((b, position) => {
    bits &= masks[position * 32 + (b & 15)]! & masks[position * 32 + 16 + (b >> 4)]!;
  });
  return bits !== 0;
}

/** Every byte sequence a match of `source` can start with, up to three bytes, from its automaton. */
export function matchPrefixes(source: string): Fingerprint[] {
  const a = compileAutomaton([{ source, anchored: true }], { maxCharacter: 0xff });
  const step = (s: number, b: number) => a.next[s * a.classCount + a.low[b]!]!;
  // Live states: an accepting state can still be reached from them.
  const live = new Set<number>();
  for (let s = 0; s < a.stateCount; s++) if (a.accept[s] !== 0) live.add(s);
  for (let grown = true; grown;) {
    grown = false;
    for (let s = 0; s < a.stateCount; s++) {
      if (live.has(s)) continue;
      for (let c = 0; c < a.classCount; c++) {
        if (live.has(a.next[s * a.classCount + c]!)) {
          live.add(s);
          grown = true;
          break;
        }
      }
    }
  }
  const out: Fingerprint[] = [];
  for (let b0 = 0; b0 < 256; b0++) {
    const s1 = step(a.start, b0);
    if (!live.has(s1)) continue;
    if (a.accept[s1] !== 0) {
      out.push([[b0], ANY_BYTE, ANY_BYTE]);
      continue;
    }
    for (let b1 = 0; b1 < 256; b1++) {
      const s2 = step(s1, b1);
      if (!live.has(s2)) continue;
      if (a.accept[s2] !== 0) {
        out.push([[b0], [b1], ANY_BYTE]);
        continue;
      }
      const third = ANY_BYTE.filter((b2) => live.has(step(s2, b2)));
      if (third.length > 0) out.push([[b0], [b1], third]);
    }
  }
  if (out.length === 0) throw new Error(`the trigger /${source}/ matches nothing`);
  if (out.length > 4096)
    throw new Error(`the trigger /${source}/ starts ${out.length} ways: too broad to prefilter`);
  return out;
}

/** Per position, the low and high nibble values of a set of bytes (as 16-bit sets). */
type NibbleSets = { lo: number; hi: number }[];

function nibbleSets(fingerprint: Fingerprint): NibbleSets {
  return fingerprint.map((bytes) => ({
    lo: bytes.reduce((m, b) => m | (1 << (b & 15)), 0),
    hi: bytes.reduce((m, b) => m | (1 << (b >> 4)), 0),
  }));
}

/**
 * Merges fingerprints into `count` buckets, each time the pair whose union adds least to the chance
 * that a position of ordinary text passes (positions taken as independent bytes).
 */
function cluster(items: NibbleSets[], count: number): NibbleSets[] {
  // One bucket per distinct fingerprint to start with; ids key the cache of merged costs.
  const distinct = new Map<string, NibbleSets>();
  for (const item of items) distinct.set(JSON.stringify(item), item);
  let nextId = 0;
  const buckets = [...distinct.values()].map((sets) => ({
    id: nextId++,
    sets,
    cost: passChance(sets),
  }));
  const mergedCost = new Map<number, number>();
  while (buckets.length > count) {
    let best = Infinity;
    let bi = 0;
    let bj = 1;
    for (let i = 0; i < buckets.length; i++) {
      for (let j = i + 1; j < buckets.length; j++) {
        const a = buckets[i]!;
        const b = buckets[j]!;
        const k = a.id * 1_000_000 + b.id;
        let merged = mergedCost.get(k);
        if (merged === undefined) {
          merged = passChance(union(a.sets, b.sets));
          mergedCost.set(k, merged);
        }
        if (merged - a.cost - b.cost < best) {
          best = merged - a.cost - b.cost;
          bi = i;
          bj = j;
        }
      }
    }
    const sets = union(buckets[bi]!.sets, buckets[bj]!.sets);
    // bj > bi: removed first so that bi's index holds.
    buckets.splice(bj, 1);
    buckets[bi] = { id: nextId++, sets, cost: passChance(sets) };
  }
  return buckets.map((b) => b.sets);
}

function union(a: NibbleSets, b: NibbleSets): NibbleSets {
  return a.map((x, i) => ({ lo: x.lo | b[i]!.lo, hi: x.hi | b[i]!.hi }));
}

function passChance(sets: NibbleSets): number {
  return sets.reduce((chance, { lo, hi }) => {
    let p = 0;
    for (let b = 0; b < 256; b++)
      if ((lo >> (b & 15)) & 1 && (hi >> (b >> 4)) & 1) p += FREQUENCY[b]!;
    return chance * p;
  }, 1);
}

/**
 * A rough model of how often each byte occurs in CI logs: mostly lower-case English and spaces,
 * then punctuation, digits and capitals; control and non-ASCII bytes rare. Only the buckets'
 * arrangement depends on it, never what the scan finds.
 */
const FREQUENCY: Float64Array = (() => {
  const f = new Float64Array(256);
  const letters = 'etaoinshrdlcumwfgypbvkjxqz';
  const weights = [
    12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8, 2.4, 2.4, 2.2, 2.0, 2.0, 1.9,
    1.5, 1.0, 0.8, 0.15, 0.15, 0.1, 0.07,
  ];
  const total = weights.reduce((a, b) => a + b, 0);
  letters.split('').forEach((c, i) => {
    f[c.charCodeAt(0)] = (0.5 * weights[i]!) / total;
    f[c.toUpperCase().charCodeAt(0)] = (0.08 * weights[i]!) / total;
  });
  f[32] = 0.13;
  for (let d = 48; d <= 57; d++) f[d] = 0.07 / 10;
  const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
  for (const c of punctuation) f[c.charCodeAt(0)] = 0.15 / punctuation.length;
  f[10] = 0.02;
  f[9] = 0.005;
  f[13] = 0.005;
  f[27] = 0.01;
  for (let b = 0; b < 256; b++) if (f[b] === 0) f[b] = 0.0001;
  return f;
})();
