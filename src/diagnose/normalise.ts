/**
 * Turns one raw log line into what a reader sees: no Actions timestamp, no ANSI colour codes (with or
 * without the ESC byte, as some log viewers drop it), only the last `\r` overwrite, runner workflow
 * commands (`##[group]`, `##[error]`...) and Travis folds turned into markers.
 */
export type LineMarker = 'error' | 'warning' | 'group' | 'endgroup' | 'fold' | undefined;

export interface NormalisedLine {
  text: string;
  marker: LineMarker;
}

const GH_CLI_PREFIX =
  /^[^\t]{1,200}\t[^\t]{1,200}\t\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
const TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
// CSI sequences with the ESC byte, and the `[31m` remains left when a viewer strips ESC.
export const ANSI =
  // eslint-disable-next-line no-control-regex -- matching terminal control bytes is the point
  /\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\[(?:\d{1,3};)*\d{1,3}m|\[m|\[\d*K/g;
export const MAY_HOLD_ANSI = /\x1b|\[[\dmK]/; // eslint-disable-line no-control-regex
const WORKFLOW_COMMAND = /^##\[(group|endgroup|error|warning|notice|debug|command|section)\]/;
const TRAVIS = /travis_(?:fold|time):[a-z]+:[^\r\n]*?(?:\r|$)|\[0K/g;

export function normaliseLine(raw: string): NormalisedLine {
  let text = raw;
  if (text.endsWith('\r')) text = text.slice(0, -1);
  const cr = text.lastIndexOf('\r');
  if (cr !== -1) text = lastVisibleOverwrite(text);
  text = text.replace(TIMESTAMP, '');
  // `gh run view --log` prefixes each line with the job and step names and a tab.
  if (text.includes('\t')) text = text.replace(GH_CLI_PREFIX, '');
  if (MAY_HOLD_ANSI.test(text)) text = text.replace(ANSI, '');
  if (text.includes('travis_')) text = text.replace(TRAVIS, '');
  let marker: LineMarker;
  if (text.startsWith('##[')) {
    const command = WORKFLOW_COMMAND.exec(text);
    if (command) {
      marker = markerOf(command[1]!);
      text = text.slice(command[0].length);
    }
  } else if (text.startsWith('::')) {
    const command = /^::(error|warning|group|endgroup)[^:]*::/.exec(text);
    if (command) {
      marker = markerOf(command[1]!);
      text = text.slice(command[0].length);
    }
  }
  return { text: text.trimEnd(), marker };
}

function markerOf(name: string): LineMarker {
  if (name === 'error') return 'error';
  if (name === 'warning') return 'warning';
  if (name === 'group' || name === 'section') return 'group';
  if (name === 'endgroup') return 'endgroup';
  return undefined;
}

/** A terminal shows what was written after the last carriage return that still left text. */
function lastVisibleOverwrite(text: string): string {
  const parts = text.split('\r');
  for (let i = parts.length - 1; i >= 0; i--) {
    if (parts[i]!.trim() !== '') return parts[i]!;
  }
  return '';
}

/**
 * The key two logs are compared on: what differs between two runs of the same build without meaning
 * anything (times, durations, ids, temporary paths, hashes) is replaced by a placeholder.
 */
export function comparisonKey(text: string): string {
  return text
    .replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?/g, '<time>')
    .replace(/\b\d\d:\d\d:\d\d(?:[.,]\d+)?\b/g, '<time>')
    .replace(/\b\d+(?:[.,]\d+)?\s*(?:ms|s|sec|secs|seconds?|m|min|mins|minutes?|h)\b/g, '<dur>')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, '<id>')
    .replace(
      /(?:\/tmp|\/var\/folders|[A-Za-z]:\\Users\\[^\\]+\\AppData\\Local\\Temp)[^\s'"):]*/g,
      '<tmp>',
    )
    .replace(/\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,64}\b/g, '<hex>')
    .replace(/\b\d{6,}\b/g, '<n>')
    .replace(/\b\d+(?:\.\d+)?\s*(?:[kKMG]i?B|bytes)\b/g, '<size>')
    .replace(/\s+/g, ' ')
    .trim();
}
