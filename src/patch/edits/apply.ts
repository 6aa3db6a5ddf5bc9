import {
  isBlank,
  isElisionLine,
  leadingWhitespace,
  normalizeLine,
  reindent,
  toLines,
} from './lines.js';
import type { BlockMatch, Candidate } from './locate.js';
import { findWhitespaceMatches, locateBlock } from './locate.js';

/** One search/replace edit as the model sends it. */
export interface SearchReplaceEdit {
  path: string;
  search: string;
  replace: string;
}

export type MatchStrategy = 'exact' | 'whitespace' | 'fuzzy' | 'elided' | 'create';

export type TextEditResult =
  | { applied: true; content: string; strategy: MatchStrategy; startLine: number; endLine: number }
  | { applied: false; reason: string; didYouMean: string[] };

/**
 * Applies one SEARCH/REPLACE to a file's text (undefined: the file does not exist).
 * Exact first; then whitespace/indentation-tolerant; then an elided middle (`...`); then a unique
 * fuzzy match. A line the edit changes or deletes must always be found modulo whitespace: only
 * unchanged context may be matched fuzzily, so a misquoted line is never overwritten.
 */
export function applyEditToText(
  content: string | undefined,
  search: string,
  replace: string,
): TextEditResult {
  if (content === undefined) {
    if (search.trim() !== '')
      return reject('the file does not exist (use an empty SEARCH to create it)', []);
    return {
      applied: true,
      content: replace,
      strategy: 'create',
      startLine: 1,
      endLine: toLines(replace).length,
    };
  }
  if (search.trim() === '')
    return reject('empty SEARCH on a file that exists; quote the lines to change', []);
  const crlf = content.includes('\r\n');
  const text = crlf ? content.replace(/\r\n/g, '\n') : content;
  const result = applyToLf(text, search.replace(/\r\n/g, '\n'), replace.replace(/\r\n/g, '\n'));
  if (result.applied && crlf) result.content = result.content.replace(/\n/g, '\r\n');
  return result;
}

function applyToLf(text: string, search: string, replace: string): TextEditResult {
  const fileLines = text.split('\n');
  const exact = findAll(text, search);
  if (exact.length === 1) {
    const at = exact[0]!;
    const startLine = lineOf(text, at);
    return {
      applied: true,
      content: text.slice(0, at) + replace + text.slice(at + search.length),
      strategy: 'exact',
      startLine,
      endLine: startLine + toLines(search).length - 1,
    };
  }
  if (exact.length > 1) {
    const spans = exact.map((at) => {
      const start = lineOf(text, at) - 1;
      return { start, end: start + toLines(search).length - 1, score: 1 };
    });
    return reject(
      `SEARCH matches ${exact.length} places; add context to make it unique`,
      describe(fileLines, spans),
    );
  }
  const { search: s, replace: r } = trimBlankEdges(toLines(search), toLines(replace));
  if (s.some(isElisionLine) || r.some(isElisionLine)) return applyElided(fileLines, s, r);
  const located = locateBlock(fileLines, s);
  if (located.kind !== 'unique') {
    const why =
      located.kind === 'ambiguous'
        ? 'SEARCH matches more than one place (ignoring whitespace or approximately); add context'
        : 'SEARCH does not match the file';
    return reject(why, describe(fileLines, located.candidates));
  }
  return spliceMatch(fileLines, located.match, s, r);
}

/** `...` in the SEARCH stands for lines the model left out: both sides are placed, the middle kept. */
function applyElided(file: string[], s: string[], r: string[]): TextEditResult {
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
    const located = locateBlock(file, part.s);
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
      k === 0 ? m.end < other.start : m.start > other.end,
    );
    const nearest = k === 0 ? near[near.length - 1] : near[0];
    if (!nearest) return reject(`the part ${k === 0 ? 'before' : 'after'} "..." is not found`, []);
    placed[k] = nearest;
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
  const out: string[] = [];
  let cursor = match.start;
  let anchor = firstAnchor(match, s, file);
  const indents = indentTable(match, s, file);
  for (const [index, op] of ops.entries()) {
    if (op.op === 'insert') {
      if (hasGapAround(ops, index, match))
        return reject('an inserted line falls next to lines the SEARCH left out; quote them', []);
      const line = r[op.ri]!;
      const known = indents.get(leadingWhitespace(line));
      out.push(
        known !== undefined && !isBlank(line)
          ? known + line.trim()
          : reindent(line, anchor.model, anchor.file),
      );
      continue;
    }
    const fi = match.alignment[op.si];
    if (fi === null || fi === undefined) {
      if (op.op === 'delete' && !isBlank(s[op.si]!)) {
        return reject(
          `the line to change is not in the file: ${JSON.stringify(s[op.si]!.trim())}`,
          [],
        );
      }
      continue;
    }
    while (cursor < fi) out.push(file[cursor++]!);
    if (op.op === 'delete' && normalizeLine(file[fi]!) !== normalizeLine(s[op.si]!)) {
      return reject(
        `the line to change differs from the file at line ${fi + 1}: ${JSON.stringify(file[fi]!.trim())}`,
        describe(file, [{ start: match.start, end: match.end, score: match.score }]),
      );
    }
    if (op.op === 'keep') out.push(file[fi]!);
    if (!isBlank(file[fi]!))
      anchor = { model: leadingWhitespace(s[op.si]!), file: leadingWhitespace(file[fi]!) };
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

function firstAnchor(
  match: BlockMatch,
  s: string[],
  file: string[],
): { model: string; file: string } {
  for (const [si, fi] of match.alignment.entries()) {
    if (fi !== null && !isBlank(s[si]!) && !isBlank(file[fi]!)) {
      return { model: leadingWhitespace(s[si]!), file: leadingWhitespace(file[fi]!) };
    }
  }
  return { model: '', file: '' };
}

/**
 * The model's indentation → the file's, learned from the lines it quoted. Used for inserted lines when
 * it is consistent (a model that halved or dropped the file's indentation did so the same way throughout).
 */
function indentTable(match: BlockMatch, s: string[], file: string[]): Map<string, string> {
  const table = new Map<string, string>();
  const conflicting = new Set<string>();
  for (const [si, fi] of match.alignment.entries()) {
    if (fi === null || isBlank(s[si]!) || isBlank(file[fi]!)) continue;
    const model = leadingWhitespace(s[si]!);
    const actual = leadingWhitespace(file[fi]!);
    if (table.has(model) && table.get(model) !== actual) conflicting.add(model);
    table.set(model, actual);
  }
  for (const model of conflicting) table.delete(model);
  return table;
}

/** An insertion between two search lines whose file lines are not adjacent: where it goes is a guess. */
function hasGapAround(ops: LineOp[], index: number, match: BlockMatch): boolean {
  const fileLineOf = (op: LineOp | undefined) =>
    op && op.op !== 'insert' ? match.alignment[op.si] : undefined;
  let before: number | null | undefined;
  for (let k = index - 1; k >= 0 && before === undefined; k--) before = fileLineOf(ops[k]);
  let after: number | null | undefined;
  for (let k = index + 1; k < ops.length && after === undefined; k++) after = fileLineOf(ops[k]);
  if (before === null || after === null) return true;
  if (before === undefined || after === undefined) return false;
  return after - before > 1;
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

/** Blank lines at the edges of SEARCH are the model's framing, not content to find. */
function trimBlankEdges(s: string[], r: string[]): { search: string[]; replace: string[] } {
  const search = [...s];
  const replace = [...r];
  while (search.length > 0 && isBlank(search[0]!)) {
    search.shift();
    if (replace.length > 0 && isBlank(replace[0]!)) replace.shift();
  }
  while (search.length > 0 && isBlank(search[search.length - 1]!)) {
    search.pop();
    if (replace.length > 0 && isBlank(replace[replace.length - 1]!)) replace.pop();
  }
  return { search, replace };
}

function sameLines(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((line, k) => line === b[k]);
}

function findAll(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}

/** "did you mean" lines: the closest regions with their line numbers. */
export function describe(file: string[], candidates: Candidate[]): string[] {
  return candidates.slice(0, 3).map((c) => {
    const shown = file.slice(c.start, Math.min(c.end, c.start + 11) + 1);
    const body = shown
      .map((line, k) => `${String(c.start + k + 1).padStart(5)}| ${line}`)
      .join('\n');
    const more = c.end > c.start + 11 ? `\n     | ... (${c.end - c.start - 11} more lines)` : '';
    return `lines ${c.start + 1}-${c.end + 1} (similarity ${c.score.toFixed(2)}):\n${body}${more}`;
  });
}

function reject(reason: string, didYouMean: string[]): TextEditResult {
  return { applied: false, reason, didYouMean };
}

export { findWhitespaceMatches };
