import { isBlank, isElisionLine } from './lines.js';
import type { BlockMatch } from './locate.js';
import { findWhitespaceMatches, locateBlock } from './locate.js';
import { describe, reject, type TextEditResult } from './result.js';
import { decisiveLines, spliceMatch } from './splice.js';

/** How many lines an elision may stand for when it is used to place a repeated part. */
const MAX_ELIDED = 150;

/** `...` in the SEARCH stands for lines the model left out: both sides are placed, the middle kept. */
export function applyElided(file: string[], s: string[], r: string[]): TextEditResult {
  const si = s.findIndex(isElisionLine);
  const ri = r.findIndex(isElisionLine);
  if (
    si < 0 ||
    ri < 0 ||
    s.filter(isElisionLine).length > 1 ||
    r.filter(isElisionLine).length > 1
  ) {
    return reject(
      'an elided "..." must appear once in both SEARCH and REPLACE; quote the lines instead',
      [],
    );
  }
  const parts = [
    { s: s.slice(0, si), r: r.slice(0, ri) },
    { s: s.slice(si + 1), r: r.slice(ri + 1) },
  ];
  const changed = parts.map((p) => !sameLines(p.s, p.r));
  const placed: (BlockMatch | undefined)[] = [];
  for (const [k, part] of parts.entries()) {
    if (part.s.every(isBlank)) {
      if (changed[k]) return reject('text added next to an elided "..." has no anchor', []);
      placed.push(undefined);
      continue;
    }
    // A changed side must be unique on its own; an unchanged one only confirms the order.
    const located = locateBlock(file, part.s, decisiveLines(part.s, part.r));
    if (located.kind === 'unique') placed.push(located.match);
    else if (!changed[k] || located.kind === 'ambiguous') placed.push(undefined);
    else
      return reject(
        `the part ${k === 0 ? 'before' : 'after'} "..." is not unique or not found`,
        describe(file, located.candidates),
      );
  }
  // A changed side that repeats in the file is taken next to the unique unchanged side (the model
  // quoted them as one block), and only where it matches modulo whitespace.
  for (const k of [0, 1]) {
    const other = placed[1 - k];
    if (placed[k] || !changed[k] || !other) continue;
    const near = findWhitespaceMatches(file, parts[k]!.s).filter((m) =>
      k === 0
        ? m.end < other.start && other.start - m.end <= MAX_ELIDED
        : m.start > other.end && m.start - other.end <= MAX_ELIDED,
    );
    // One candidate only: a second one could sit inside the elided middle.
    if (near.length !== 1)
      return reject(
        `the part ${k === 0 ? 'before' : 'after'} "..." is ${near.length ? 'not unique' : 'not found'} near the other part; quote more lines`,
        [],
      );
    placed[k] = near[0];
  }
  if (placed.some((m, k) => !m && changed[k]))
    return reject('the changed part around "..." is not unique; quote more lines', []);
  const [head, tail] = placed;
  if (head && tail && head.end >= tail.start)
    return reject('the parts around "..." are out of order in the file', []);
  if (!changed[0] && !changed[1]) return reject('SEARCH and REPLACE are the same', []);
  let lines = file;
  // Splice the later part first so that the earlier one's line numbers stay valid.
  for (const k of [1, 0]) {
    const match = placed[k];
    const part = parts[k]!;
    if (!match || !changed[k]) continue;
    const result = spliceMatch(lines, match, part.s, part.r);
    if (!result.applied) return result;
    lines = result.content.split('\n');
  }
  const first = placed.find((m) => m)!;
  return {
    applied: true,
    content: lines.join('\n'),
    strategy: 'elided',
    startLine: first.start + 1,
    endLine: (tail ?? first).end + 1,
  };
}

function sameLines(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((line, k) => line === b[k]);
}
