/**
 * Most lines with an error word are noise (`Tests run: 9, Failures: 0, Errors: 0`, `[INFO]`, stack
 * frames). Outside an error block such a line changes nothing, so the scanner can drop it from the
 * raw bytes, before decoding and normalising it. That is only sound when normalising could not change
 * what the noise patterns see: no carriage-return overwrite, no tab (the `gh run view` prefix), no
 * ANSI code, no Travis fold, no workflow command. A leading timestamp may stay: no noise pattern can
 * match inside one, and the anchored ones simply fail (the line then takes the exact, slow path).
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
// eslint-disable-next-line no-control-regex -- the bytes normalising would rewrite are the point
const REWRITTEN = /[\r\t\x1b]|\[[\dmK]|##\[|::|travis_/;

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
  if (REWRITTEN.test(raw)) return false;
  const first = raw.charCodeAt(0);
  if ((first >= 48 && first <= 57) || first === 0xef) raw = raw.replace(RAW_TIMESTAMP, '');
  return (RAW_STACK_FRAME.test(raw) && !TEST_FRAME.test(raw)) || NOISE.test(raw);
}
