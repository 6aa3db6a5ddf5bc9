import { isBlank, lineSimilarity, normalizeLine } from './lines.js';

/** Where a block of the model's SEARCH lines sits in the file, line by line. */
export interface BlockMatch {
  /** First and last file line of the match (0-based, inclusive). */
  start: number;
  end: number;
  /** For each search line, the file line it stands for, or null when the file has no such line. */
  alignment: (number | null)[];
  score: number;
  strategy: 'whitespace' | 'fuzzy';
}

export interface Candidate {
  start: number;
  end: number;
  score: number;
}

export type Located =
  | { kind: 'unique'; match: BlockMatch }
  | { kind: 'ambiguous'; candidates: Candidate[] }
  | { kind: 'missing'; candidates: Candidate[] };

/** A fuzzy match must score at least this (mean line similarity over the longer side). */
export const FUZZY_THRESHOLD = 0.85;
/** ...and beat every other region by this much, or it is ambiguous. */
export const FUZZY_MARGIN = 0.1;
/** What a similar-but-not-equal line counts for, against 1 for a line quoted right. */
const INEXACT_WEIGHT = 0.8;
/** A fuzzy window may have this many lines more or fewer than the SEARCH block. */
const LENGTH_SLACK = 2;

/** Whitespace-tolerant first, then a unique fuzzy match. */
export function locateBlock(file: string[], search: string[], decisive?: number[]): Located {
  const tolerant = findWhitespaceMatches(file, search);
  if (tolerant.length === 1) return { kind: 'unique', match: tolerant[0]! };
  if (tolerant.length > 1) {
    return {
      kind: 'ambiguous',
      candidates: tolerant.map((m) => ({ start: m.start, end: m.end, score: 1 })),
    };
  }
  return locateFuzzy(file, search, decisive);
}

export function findWhitespaceMatches(file: string[], search: string[]): BlockMatch[] {
  const wanted = search.map(normalizeLine);
  if (wanted.every((line) => line === '')) return [];
  const normalized = file.map(normalizeLine);
  const matches: BlockMatch[] = [];
  for (let start = 0; start + wanted.length <= file.length; start++) {
    if (wanted.every((line, k) => normalized[start + k] === line)) {
      matches.push({
        start,
        end: start + wanted.length - 1,
        alignment: wanted.map((_, k) => start + k),
        score: 1,
        strategy: 'whitespace',
      });
    }
  }
  return matches;
}

function locateFuzzy(file: string[], search: string[], decisive?: number[]): Located {
  const scored = scoreWindows(file, search);
  const best = scored[0];
  if (!best || best.score < FUZZY_THRESHOLD) {
    const candidates =
      scored.length > 0 ? scored.slice(0, 3).map(toCandidate) : closestLines(file, search);
    return { kind: 'missing', candidates };
  }
  const rivals = scored.filter(
    (m) => m !== best && !consistent(m, best, decisive) && m.score > best.score - FUZZY_MARGIN,
  );
  if (rivals.length > 0) {
    return { kind: 'ambiguous', candidates: [best, ...rivals].slice(0, 3).map(toCandidate) };
  }
  return { kind: 'unique', match: best };
}

/**
 * For "did you mean" when no window shares a line with the SEARCH: the file lines most like its
 * first lines, each shown as a window the size of the SEARCH. Bounded so a huge file stays cheap.
 */
function closestLines(file: string[], search: string[]): Candidate[] {
  const probes = search
    .map((line, k) => ({ line, k }))
    .filter((p) => !isBlank(p.line))
    .slice(0, 3);
  if (probes.length === 0 || file.length > 5_000) return [];
  const best: Candidate[] = [];
  for (let i = 0; i < file.length; i++) {
    for (const probe of probes) {
      const score = lineSimilarity(probe.line, file[i]!);
      if (score === 0) continue;
      const start = Math.max(0, i - probe.k);
      best.push({
        start,
        end: Math.min(file.length - 1, start + search.length - 1),
        score: Number(score.toFixed(3)),
      });
    }
  }
  best.sort((a, b) => b.score - a.score || a.start - b.start);
  return best.filter((c, k) => best.findIndex((d) => d.start === c.start) === k).slice(0, 3);
}

function toCandidate(m: BlockMatch): Candidate {
  return { start: m.start, end: m.end, score: Number(m.score.toFixed(3)) };
}

/**
 * The same placement seen through another window: every decisive search line (one the edit
 * deletes or inserts next to) that both align goes to the same file line. A look-alike block
 * elsewhere, or the decisive lines shifted onto neighbours, is a rival.
 */
function consistent(a: BlockMatch, b: BlockMatch, decisive?: number[]): boolean {
  if (a.start > b.end || b.start > a.end) return false;
  let shared = 0;
  for (const [si, fi] of a.alignment.entries()) {
    if (decisive && !decisive.includes(si)) continue;
    const other = b.alignment[si];
    if (fi === null || other === null || other === undefined) continue;
    if (fi !== other) return false;
    shared++;
  }
  return shared > 0;
}

/**
 * Every plausible window, best first. Windows are pre-filtered by how many of their lines occur
 * verbatim (modulo whitespace) in the search, then aligned line by line.
 */
export function scoreWindows(file: string[], search: string[]): BlockMatch[] {
  const wanted = new Set(search.filter((l) => !isBlank(l)).map(normalizeLine));
  const nonBlank = search.filter((l) => !isBlank(l)).length;
  if (nonBlank === 0) return [];
  const hits = [0];
  for (const line of file)
    hits.push(hits[hits.length - 1]! + (wanted.has(normalizeLine(line)) ? 1 : 0));
  const needed = Math.max(1, Math.ceil(nonBlank * 0.4));
  const cache = new Map<number, number>();
  const similarity = (si: number, fi: number) => {
    const key = fi * search.length + si;
    let value = cache.get(key);
    if (value === undefined) {
      value = lineSimilarity(search[si]!, file[fi]!);
      cache.set(key, value);
    }
    return value;
  };
  const seen = new Map<string, BlockMatch>();
  for (
    let size = Math.max(1, search.length - LENGTH_SLACK);
    size <= search.length + LENGTH_SLACK;
    size++
  ) {
    for (let start = 0; start + size <= file.length; start++) {
      if (hits[start + size]! - hits[start]! < needed) continue;
      const match = alignWindow(search, start, size, similarity);
      if (!match) continue;
      const key = `${match.start}:${match.end}`;
      const known = seen.get(key);
      if (!known || known.score < match.score) seen.set(key, match);
    }
  }
  return [...seen.values()].sort((a, b) => b.score - a.score || a.start - b.start);
}

/** Best monotone pairing of search lines with window lines (gaps allowed), as a BlockMatch. */
function alignWindow(
  search: string[],
  start: number,
  size: number,
  similarity: (si: number, fi: number) => number,
): BlockMatch | undefined {
  const n = search.length;
  // A line quoted right is worth 1, a similar one less than its similarity: a gap (a line the
  // model left out or invented) beats shifting every line onto a look-alike.
  const worth = (i: number, j: number) => {
    const sim = similarity(i, start + j);
    return sim === 1 ? 1 : sim * INEXACT_WEIGHT;
  };
  // best[i][j]: best total for search[i..] against window[j..]
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(size + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = size - 1; j >= 0; j--) {
      const sim = worth(i, j);
      const pair = sim > 0 ? sim + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(pair, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const alignment: (number | null)[] = new Array<number | null>(n).fill(null);
  let i = 0;
  let j = 0;
  while (i < n && j < size) {
    const sim = worth(i, j);
    if (sim > 0 && best[i]![j] === sim + best[i + 1]![j + 1]!) {
      alignment[i] = start + j;
      i++;
      j++;
    } else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  const aligned = alignment.filter((a): a is number => a !== null);
  if (aligned.length === 0) return undefined;
  const first = aligned[0]!;
  const last = aligned[aligned.length - 1]!;
  const span = last - first + 1;
  return {
    start: first,
    end: last,
    alignment,
    score: best[0]![0]! / Math.max(n, span),
    strategy: 'fuzzy',
  };
}
