import { isBlank, normalizeLine } from './lines.js';
import type { BlockMatch } from './locate.js';
import { describe, reject, type TextEditResult } from './result.js';
import { indentFor, indentPairs } from './indent.js';

type LineOp =
  { op: 'keep'; si: number } | { op: 'delete'; si: number } | { op: 'insert'; ri: number };

/**
 * Writes REPLACE over a located match: unchanged search lines keep the file's own text (so the model's
 * whitespace slips do not leak in), deleted ones must match modulo whitespace, inserted ones are
 * re-indented onto the file's indentation.
 */
export function spliceMatch(
  file: string[],
  match: BlockMatch,
  s: string[],
  r: string[],
): TextEditResult {
  const ops = diffLines(s, r);
  const pairs = indentPairs(match.alignment, s, file);
  const out: string[] = [];
  let cursor = match.start;
  for (const [index, op] of ops.entries()) {
    if (op.op === 'insert') {
      const doubt = insertionDoubt(ops, index, match, s, file);
      if (doubt) return reject(doubt, describe(file, [match]));
      const line = indentFor(
        r[op.ri]!,
        { position: positionOf(ops, index, s.length), replacing: hunkDeletes(ops, index) },
        pairs,
      );
      if (line === undefined) {
        return reject(
          `cannot tell the indentation of the new line ${JSON.stringify(r[op.ri]!.trim())}; quote a line indented like it`,
          [],
        );
      }
      out.push(line);
      continue;
    }
    const fi = match.alignment[op.si];
    if (fi === null || fi === undefined) {
      if (op.op === 'delete' && !isBlank(s[op.si]!)) {
        return reject(
          `the line to change is not in the file: ${JSON.stringify(s[op.si]!.trim())}`,
          describe(file, [match]),
        );
      }
      continue;
    }
    while (cursor < fi) out.push(file[cursor++]!);
    if (op.op === 'delete' && !sameModuloWhitespace(file[fi]!, s[op.si]!)) {
      return reject(
        `the line to change differs from the file at line ${fi + 1}: ${JSON.stringify(file[fi]!.trim())}`,
        describe(file, [match]),
      );
    }
    if (op.op === 'keep') out.push(file[fi]!);
    cursor = fi + 1;
  }
  while (cursor <= match.end) out.push(file[cursor++]!);
  const content = [...file.slice(0, match.start), ...out, ...file.slice(match.end + 1)].join('\n');
  return {
    applied: true,
    content,
    strategy: match.strategy,
    startLine: match.start + 1,
    endLine: match.end + 1,
  };
}

function sameModuloWhitespace(a: string, b: string): boolean {
  return normalizeLine(a) === normalizeLine(b);
}

/**
 * The search lines whose placement decides what the edit does: those it deletes, and the neighbours
 * of each line it inserts. Two placements that agree on these make the same edit.
 */
export function decisiveLines(s: string[], r: string[]): number[] {
  const ops = diffLines(s, r);
  const decisive = new Set<number>();
  for (const [index, op] of ops.entries()) {
    if (op.op === 'delete') decisive.add(op.si);
    if (op.op !== 'insert') continue;
    for (const step of [-1, 1]) {
      for (let k = index + step; k >= 0 && k < ops.length; k += step) {
        const near = ops[k]!;
        if (near.op === 'insert') continue;
        decisive.add(near.si);
        break;
      }
    }
  }
  return [...decisive];
}

/** The search lines deleted in the same change as the insertion at `index` (what it replaces). */
function hunkDeletes(ops: LineOp[], index: number): number[] {
  const deleted: number[] = [];
  for (const step of [-1, 1]) {
    for (let k = index + step; k >= 0 && k < ops.length && ops[k]!.op !== 'keep'; k += step) {
      const op = ops[k]!;
      if (op.op === 'delete') deleted.push(op.si);
    }
  }
  return deleted;
}

/** The search index an insertion sits before (for finding the quoted line nearest to it). */
function positionOf(ops: LineOp[], index: number, searchLength: number): number {
  for (let k = index + 1; k < ops.length; k++) {
    const op = ops[k]!;
    if (op.op !== 'insert') return op.si;
  }
  return searchLength;
}

/**
 * Where an inserted line goes is only certain between two quoted lines that are neighbours in the
 * file and, in a fuzzy match, were quoted right (modulo whitespace).
 */
function insertionDoubt(
  ops: LineOp[],
  index: number,
  match: BlockMatch,
  s: string[],
  file: string[],
): string | undefined {
  const neighbour = (step: -1 | 1) => {
    for (let k = index + step; k >= 0 && k < ops.length; k += step) {
      const op = ops[k]!;
      if (op.op !== 'insert') return { si: op.si, fi: match.alignment[op.si] ?? null };
    }
    return undefined;
  };
  const before = neighbour(-1);
  const after = neighbour(1);
  for (const side of [before, after]) {
    if (!side) continue;
    if (side.fi === null)
      return 'a new line sits next to a quoted line that is not in the file; quote the lines around it exactly';
    if (match.strategy === 'fuzzy' && !sameModuloWhitespace(file[side.fi]!, s[side.si]!)) {
      return `a new line sits next to a line quoted inexactly (file line ${side.fi + 1}); quote the lines around it exactly`;
    }
  }
  if (before?.fi != null && after?.fi != null && after.fi - before.fi > 1) {
    return 'a new line falls next to lines the SEARCH left out; quote them';
  }
  return undefined;
}

/**
 * Longest-common-subsequence line diff of SEARCH against REPLACE. Trailing whitespace is ignored: a
 * model that re-types a context line with other trailing blanks has not changed it.
 */
function diffLines(search: string[], replace: string[]): LineOp[] {
  const s = search.map((l) => l.trimEnd());
  const r = replace.map((l) => l.trimEnd());
  const n = s.length;
  const m = r.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] =
        s[i] === r[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: LineOp[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && s[i] === r[j]) {
      ops.push({ op: 'keep', si: i++ });
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!))
      ops.push({ op: 'insert', ri: j++ });
    else ops.push({ op: 'delete', si: i++ });
  }
  return ops;
}
