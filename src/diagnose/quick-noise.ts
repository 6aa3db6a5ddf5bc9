import type { LineAutomaton } from './dfa/automaton.js';
import { lineAutomaton } from './dfa/tables.js';
import { ANSI, MAY_HOLD_ANSI } from './normalise.js';

/**
 * Most lines with an error word are noise (`Tests run: 9, Failures: 0, Errors: 0`, `[INFO]`, stack
 * frames). Outside an error block such a line changes nothing, so the scanner can drop it from the
 * raw bytes, before decoding and normalising it. That is only sound when normalising could not change
 * what the noise patterns see: no carriage-return overwrite, no tab (the `gh run view` prefix), no
 * Travis fold, no workflow command; timestamps and ANSI codes are stripped the same way first.
 */

/** Words that mark a line as noise, each tested on its own (`\b`) so one automaton finds them all. */
const NOISE_WORDS = [
  '0 (?:errors?|failures?|failed)',
  'errors?: 0',
  'error[-_]?prone',
  'ignore[-_]?errors?',
  'fail[-_]?fast',
  'allow[-_]failure',
  'continue-on-error',
  'on[Ee]rror',
  '\\w+Error\\.(?:java|class|kt)',
  'Downloading|Downloaded|Download',
  'DEBUG',
  'WARN(?:ING)?',
  'PASSED',
  '(?<!not )ok',
  'passed',
  'SUCCESS',
];

/**
 * The noise patterns, one bit each in the shipped automaton (`npm run generate` after a change). A
 * line is noise when any matches; `anchored` ones match at the start only (their `^` is implied).
 */
export const NOISE_PARTS: readonly { source: string; anchored?: boolean }[] = [
  ...NOISE_WORDS.map((word) => ({ source: `\\b(?:${word})\\b` })),
  { source: '-Werror' },
  { source: 'Failures: 0, Errors: 0' },
  { source: '\\[(?:INFO|DEBUG|WARNING|WARN)\\]', anchored: true },
  { source: 'warning:' },
];

/** The same patterns as one regex: the reference the automaton is tested against. */
export const NOISE = new RegExp(
  NOISE_PARTS.map((p) => (p.anchored ? `^(?:${p.source})` : `(?:${p.source})`)).join('|'),
);
const NOISE_REGEXES = NOISE_PARTS.map(
  (p) => new RegExp(p.anchored ? `^(?:${p.source})` : p.source),
);
let noiseAutomaton: { automaton: LineAutomaton; exact: number } | undefined;

function noiseMatcher(): { automaton: LineAutomaton; exact: number } {
  if (!noiseAutomaton) {
    const automaton = lineAutomaton('noise', NOISE_PARTS);
    const exact = automaton.compiled.exact.reduce((bits, e, i) => (e ? bits | (1 << i) : bits), 0);
    noiseAutomaton = { automaton, exact };
  }
  return noiseAutomaton;
}

/** Whether a noise pattern occurs in `text`: one automaton pass, a regex only where `\b` needs it. */
export function hasNoiseWord(text: string): boolean {
  return noiseFromBits(noiseMatcher().automaton.match(text), () => text);
}

/**
 * Whether noise parts whose automaton bits are set really match: an exact part decides alone, the
 * others are confirmed with their regex on `text()`.
 */
function noiseFromBits(bits: number, text: () => string): boolean {
  if (bits === 0) return false;
  if ((bits & noiseMatcher().exact) !== 0) return true;
  const line = text();
  for (let i = 0; bits !== 0; i++, bits >>>= 1) {
    if ((bits & 1) !== 0 && NOISE_REGEXES[i]!.test(line)) return true;
  }
  return false;
}
export const STACK_FRAME = /^\s+(?:at |File "|\.\.\. \d+ more)/;
/** A frame in a test file is where a test failed: worth reading. */
export const TEST_FRAME = /(?:test|spec)s?\.[cm]?[jt]sx?:\d/;

/** A raw frame whose normalised text (trailing space trimmed) is still a frame; ASCII spaces only. */
const RAW_STACK_FRAME = /^[ \t]+(?:at \S|File "|\.\.\. \d+ more)/;
/** The Actions timestamp normalising drops, with the UTF-8 byte order mark as latin1 reads it. */
const RAW_TIMESTAMP = /^(?:\xEF\xBB\xBF)?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
/** What normalising rewrites beyond timestamps and ANSI codes: `\r` overwrites, `gh` prefixes. */
const OVERWRITE_OR_PREFIX = /[\r\t]/;

/**
 * The raw-line automaton's patterns, matched over a raw line's bytes (latin1) after its timestamp and
 * without ANSI codes (the engine skips them as it goes): the noise parts, then what decides whether
 * normalising changes more than that (see lineShape), a raw stack frame, a test file's frame and an
 * indented line. One pass answers what the scanner asks of a line.
 */
export const RAW_LINE_PARTS: readonly { source: string; anchored?: boolean }[] = [
  ...NOISE_PARTS,
  { source: 'travis_|##\\[|::' },
  { source: '\\r' },
  { source: '\\t' },
  { source: '[ \\t]+(?:at \\S|File "|\\.\\.\\. \\d+ more)', anchored: true },
  { source: '(?:test|spec)s?\\.[cm]?[jt]sx?:\\d' },
  // Whitespace, then a printable ASCII character: normalised, the line is indented (`^\s+\S`).
  { source: '[ \\t]+[!-~]', anchored: true },
];
const RAW_LATE_BIT = 1 << NOISE_PARTS.length;
const RAW_CR_BIT = 1 << (NOISE_PARTS.length + 1);
const RAW_TAB_BIT = 1 << (NOISE_PARTS.length + 2);
const RAW_FRAME_BIT = 1 << (NOISE_PARTS.length + 3);
const RAW_TEST_FRAME_BIT = 1 << (NOISE_PARTS.length + 4);
const RAW_INDENTED_BIT = 1 << (NOISE_PARTS.length + 5);
const NOISE_BITS = (1 << NOISE_PARTS.length) - 1;

/**
 * Whether normalising a line changes no more than dropping its timestamp, ANSI codes, a final `\r`
 * and trailing spaces, from the raw-line bits of its bytes without timestamp and ANSI codes, the
 * first of those bytes before stripping and whether a stripped code held a `\r` or a tab (`skipped`
 * of 2 or more). In normaliseLine's order: no `\r` overwrite, no `gh run view` prefix (names and tabs
 * before a timestamp, which never start with a tab as indented frames do), no Travis fold or
 * workflow command once the codes are gone.
 */
export function isCleanLine(bits: number, firstByte: number | undefined, skipped: number): boolean {
  if (skipped >= 2 || (bits & (RAW_CR_BIT | RAW_LATE_BIT)) !== 0) return false;
  return (bits & RAW_TAB_BIT) === 0 || firstByte === 9;
}

/**
 * DETAIL_WORTH_READING without its anchors (a superset), in an automaton of its own: joined with the
 * raw-line parts it would multiply their states fivefold.
 */
export const RAW_DETAIL_PARTS: readonly { source: string }[] = [
  { source: '\\d+\\) |::|\\.\\w{1,6}:\\d|location: |Problem \\d|-->|Failure\\/Error' },
];

/**
 * Whether a clean line without a trigger match is indented detail, as the raw-line bits say: inside
 * a block it continues the block. (Whether a parser should read it is RAW_DETAIL_PARTS' question.)
 */
export function isIndentedFromBits(bits: number): boolean {
  return (bits & RAW_INDENTED_BIT) !== 0;
}

/**
 * isRawNoise from the raw-line automaton's bits over a clean line (see isUncleanFromBits): `latin1`
 * gives the line's text for the patterns the automaton cannot decide alone.
 */
export function isRawNoiseFromBits(bits: number, latin1: () => string): boolean {
  return isRawStackFrameFromBits(bits) || noiseFromBits(bits & NOISE_BITS, latin1);
}

/** isRawStackFrame from the raw-line automaton's bits over a clean line. */
export function isRawStackFrameFromBits(bits: number): boolean {
  return (bits & RAW_FRAME_BIT) !== 0 && (bits & RAW_TEST_FRAME_BIT) === 0;
}

/** Whether a normalised line is noise or a stack frame outside a test file: detail at most. */
export function isNoise(line: string): boolean {
  return (STACK_FRAME.test(line) && !TEST_FRAME.test(line)) || hasNoiseWord(line);
}

/**
 * Whether the raw line (latin1, no `\n`) is certainly noise once normalised. False means "not sure":
 * the caller normalises and decides exactly.
 */
export function isRawNoise(raw: string): boolean {
  const line = comparableRaw(raw);
  if (line === undefined) return false;
  return (RAW_STACK_FRAME.test(line) && !TEST_FRAME.test(line)) || hasNoiseWord(line);
}

/**
 * Whether the raw line is certainly, once normalised, a stack frame outside a test file: detail
 * that continues a block and names nothing worth reading. False means "not sure".
 */
export function isRawStackFrame(raw: string): boolean {
  const line = comparableRaw(raw);
  return line !== undefined && RAW_STACK_FRAME.test(line) && !TEST_FRAME.test(line);
}

/**
 * The raw line with what normalising strips the same way removed (timestamp, ANSI codes), or
 * undefined where normalising could change more than that.
 */
function comparableRaw(raw: string): string | undefined {
  if (raw.endsWith('\r')) raw = raw.slice(0, -1);
  if (OVERWRITE_OR_PREFIX.test(raw)) return undefined;
  // The same steps as normaliseLine, in its order; ANSI codes are ASCII, so stripping them from
  // the latin1 text leaves what stripping them from the decoded text leaves.
  const first = raw.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 0xef) raw = raw.replace(RAW_TIMESTAMP, '');
  if (MAY_HOLD_ANSI.test(raw)) raw = raw.replace(ANSI, '');
  if (raw.includes('travis_') || raw.includes('##[') || raw.includes('::')) return undefined;
  return raw;
}
