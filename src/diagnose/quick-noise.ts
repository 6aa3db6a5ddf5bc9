import { ANSI, MAY_HOLD_ANSI } from './normalise.js';

/**
 * Most lines with an error word are noise (`Tests run: 9, Failures: 0, Errors: 0`, `[INFO]`, stack
 * frames). Outside an error block such a line changes nothing, so the scanner can drop it from the
 * raw bytes, before decoding and normalising it. That is only sound when normalising could not change
 * what the noise patterns see: no carriage-return overwrite, no tab (the `gh run view` prefix), no
 * Travis fold, no workflow command; timestamps and ANSI codes are stripped the same way first.
 */

/** Noise words: the same patterns the scanner applies to normalised lines. */
export const NOISE =
  /(?:\b(?:0 (?:errors?|failures?|failed)|errors?: 0|error[-_]?prone|ignore[-_]?errors?|fail[-_]?fast|allow[-_]failure|continue-on-error|on[Ee]rror|\w+Error\.(?:java|class|kt)|Downloading|Downloaded|Download|DEBUG|WARN(?:ING)?|PASSED|(?<!not )ok|passed|SUCCESS)\b|-Werror|Failures: 0, Errors: 0|^\[(?:INFO|DEBUG|WARNING|WARN)\]|warning:)/;
export const STACK_FRAME = /^\s+(?:at |File "|\.\.\. \d+ more)/;
/** A frame in a test file is where a test failed: worth reading. */
export const TEST_FRAME = /(?:test|spec)s?\.[cm]?[jt]sx?:\d/;

/** A raw frame whose normalised text (trailing space trimmed) is still a frame; ASCII spaces only. */
const RAW_STACK_FRAME = /^ +(?:at \S|File "|\.\.\. \d+ more)/;
/** The Actions timestamp normalising drops, with the UTF-8 byte order mark as latin1 reads it. */
const RAW_TIMESTAMP = /^(?:\xEF\xBB\xBF)?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
/** What normalising rewrites beyond timestamps and ANSI codes: `\r` overwrites, `gh` prefixes. */
const OVERWRITE_OR_PREFIX = /[\r\t]/;

/** Whether a normalised line is noise or a stack frame outside a test file: detail at most. */
export function isNoise(line: string): boolean {
  return (STACK_FRAME.test(line) && !TEST_FRAME.test(line)) || NOISE.test(line);
}

/**
 * Whether the raw line (latin1, no `\n`) is certainly noise once normalised. False means "not sure":
 * the caller normalises and decides exactly.
 */
export function isRawNoise(raw: string): boolean {
  if (raw.endsWith('\r')) raw = raw.slice(0, -1);
  if (OVERWRITE_OR_PREFIX.test(raw)) return false;
  // The same steps as normaliseLine, in its order; ANSI codes are ASCII, so stripping them from
  // the latin1 text leaves what stripping them from the decoded text leaves.
  const first = raw.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 0xef) raw = raw.replace(RAW_TIMESTAMP, '');
  if (MAY_HOLD_ANSI.test(raw)) raw = raw.replace(ANSI, '');
  if (raw.includes('travis_') || raw.includes('##[') || raw.includes('::')) return false;
  return (RAW_STACK_FRAME.test(raw) && !TEST_FRAME.test(raw)) || NOISE.test(raw);
}
