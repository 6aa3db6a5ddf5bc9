import { forEachLine } from './line-reader.js';
import { comparisonKey, normaliseLine } from './normalise.js';

/** Aligning two logs holds 4 bytes per line of each; past this many lines the diff is skipped. */
export const MAX_ALIGNED_LINES = 4_000_000;

export const ALIGNED = 1;
export const MOVED = 2;

/**
 * Marks each line of the failing log: ALIGNED when the passing log has the same line (after removing
 * times, durations, ids, temp paths, hashes) at the matching place, MOVED when it has it elsewhere.
 * Index 0 is unused so marks[lineNo] reads naturally. Undefined when a log is too long to align.
 */
export async function baselineMarks(
  failing: string,
  passing: string,
): Promise<Uint8Array | undefined> {
  const a = await lineKeys(passing);
  const b = await lineKeys(failing);
  if (!a || !b) return undefined;
  const pairs = new Int32Array(b.length).fill(-1);
  alignRange(a, b, 0, a.length, 0, b.length, pairs, 0);
  const inPassing = new Set<number>(a);
  const marks = new Uint8Array(b.length + 1);
  for (let j = 0; j < b.length; j++) {
    if (pairs[j]! >= 0) marks[j + 1] = ALIGNED;
    else if (inPassing.has(b[j]!)) marks[j + 1] = MOVED;
  }
  return marks;
}

async function lineKeys(file: string): Promise<Uint32Array | undefined> {
  let keys = new Uint32Array(1024);
  let n = 0;
  let tooLong = false;
  await forEachLine(file, (line) => {
    if (n === MAX_ALIGNED_LINES) {
      tooLong = true;
      return false;
    }
    if (n === keys.length) {
      const bigger = new Uint32Array(keys.length * 2);
      bigger.set(keys);
      keys = bigger;
    }
    keys[n++] = hash(comparisonKey(normaliseLine(line).text));
    return true;
  });
  return tooLong ? undefined : keys.subarray(0, n);
}

/** FNV-1a, 32 bits: collisions only ever make a line look unchanged, and are rare at log sizes. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Seed-and-extend (as CiDiff and patience diff): lines unique on both sides are seeds; the longest
 * in-order chain of seeds is kept, each seed is extended over equal neighbours, and the gaps between
 * seeds are aligned the same way. Gaps without unique lines match their equal ends.
 */
function alignRange(
  a: Uint32Array,
  b: Uint32Array,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
  pairs: Int32Array,
  depth: number,
): void {
  // Equal heads and tails first: cheap, and most of two runs of one build is identical.
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) pairs[b0++] = a0++;
  while (a0 < a1 && b0 < b1 && a[a1 - 1] === b[b1 - 1]) pairs[--b1] = --a1;
  if (a0 >= a1 || b0 >= b1 || depth > 64) return;
  const seeds = chain(uniqueSeeds(a, b, a0, a1, b0, b1));
  if (seeds.length === 0) return;
  let prevA = a0;
  let prevB = b0;
  for (const [i, j] of seeds) {
    alignRange(a, b, prevA, i, prevB, j, pairs, depth + 1);
    pairs[j] = i;
    prevA = i + 1;
    prevB = j + 1;
  }
  alignRange(a, b, prevA, a1, prevB, b1, pairs, depth + 1);
}

function uniqueSeeds(
  a: Uint32Array,
  b: Uint32Array,
  a0: number,
  a1: number,
  b0: number,
  b1: number,
): [number, number][] {
  const inA = new Map<number, number>();
  for (let i = a0; i < a1; i++) inA.set(a[i]!, inA.has(a[i]!) ? -1 : i);
  const inB = new Map<number, number>();
  for (let j = b0; j < b1; j++) inB.set(b[j]!, inB.has(b[j]!) ? -1 : j);
  const seeds: [number, number][] = [];
  for (const [key, j] of inB) {
    const i = inA.get(key);
    if (j >= 0 && i !== undefined && i >= 0) seeds.push([i, j]);
  }
  return seeds.sort((x, y) => x[1] - y[1]);
}

/** Longest chain of seeds increasing on both sides (seeds come sorted by their failing-log line). */
function chain(seeds: [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Int32Array(seeds.length).fill(-1);
  for (let k = 0; k < seeds.length; k++) {
    const i = seeds[k]![0];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seeds[tails[mid]!]![0] < i) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: [number, number][] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!)
    out.push(seeds[k]!);
  return out.reverse();
}
