import { isBlank, isElisionLine, toLines } from './lines.js';
import { locateBlock } from './locate.js';
import { applyElided } from './elided.js';
import { describe, reject, type MatchStrategy, type TextEditResult } from './result.js';
import { decisiveLines, spliceMatch } from './splice.js';

export type { MatchStrategy, TextEditResult };
export { findWhitespaceMatches } from './locate.js';

/** One search/replace edit as the model sends it. */
export interface SearchReplaceEdit {
  path: string;
  search: string;
  replace: string;
}

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
  const { search: s, replace: r } = trimBlankEdges(
    toLines(search),
    toLines(replace),
    replace.endsWith('\n'),
  );
  if (s.some(isElisionLine) || r.some(isElisionLine)) return applyElided(fileLines, s, r);
  const located = locateBlock(fileLines, s, decisiveLines(s, r));
  if (located.kind !== 'unique') {
    const why =
      located.kind === 'ambiguous'
        ? 'SEARCH matches more than one place (ignoring whitespace or approximately); add context'
        : 'SEARCH does not match the file';
    return reject(why, describe(fileLines, located.candidates));
  }
  return spliceMatch(fileLines, located.match, s, r);
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

/**
 * Blank lines at the edges of SEARCH are the model's framing, not content to find. A whitespace-only
 * line left at an edge of REPLACE with no counterpart is a stray, not a new blank line.
 */
function trimBlankEdges(
  s: string[],
  r: string[],
  endsWithNewline: boolean,
): { search: string[]; replace: string[] } {
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
  // Only a last line without its newline: `x\n  ` is `x\n` typed with trailing blanks.
  const last = replace[replace.length - 1];
  if (last !== undefined && last !== '' && isBlank(last) && !endsWithNewline) replace.pop();
  return { search, replace };
}
