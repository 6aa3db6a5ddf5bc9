import { cargoParser } from './cargo/index.js';
import { cmakeParser } from './cmake/index.js';
import { composerParser } from './composer/index.js';
import { dockerParser } from './docker/index.js';
import { dotnetParser } from './dotnet/index.js';
import { eslintParser } from './eslint/index.js';
import { flake8Parser } from './flake8/index.js';
import { gccParser } from './gcc/index.js';
import {
  ENVIRONMENT_SOURCE,
  genericEnvironment,
  genericParser,
  parseGeneric,
} from './generic/index.js';
import { goParser } from './go/index.js';
import { gradleParser } from './gradle/index.js';
import { jestParser } from './jest/index.js';
import { leanParser } from './lean/index.js';
import { makeParser } from './make/index.js';
import { mavenParser } from './maven/index.js';
import { mochaParser } from './mocha/index.js';
import { mypyParser } from './mypy/index.js';
import { nodeTestParser } from './node-test/index.js';
import { npmParser } from './npm/index.js';
import { phpunitParser } from './phpunit/index.js';
import { prettierParser } from './prettier/index.js';
import { pytestParser } from './pytest/index.js';
import { rspecParser } from './rspec/index.js';
import { ruffParser } from './ruff/index.js';
import { tscParser } from './tsc/index.js';
import { vitestParser } from './vitest/index.js';
import type { LineAutomaton } from '../dfa/automaton.js';
import type { PatternSpec } from '../dfa/compile.js';
import { lineAutomaton } from '../dfa/tables.js';
import type { LineContext, LineFinding, LogParser } from './types.js';

/** Every tool parser, one folder each. Order breaks ties: the more specific format first. */
export const TOOL_PARSERS: readonly LogParser[] = [
  tscParser,
  eslintParser,
  prettierParser,
  vitestParser,
  jestParser,
  mochaParser,
  nodeTestParser,
  npmParser,
  pytestParser,
  mypyParser,
  ruffParser,
  flake8Parser,
  goParser,
  cargoParser,
  mavenParser,
  gradleParser,
  gccParser,
  makeParser,
  cmakeParser,
  dotnetParser,
  rspecParser,
  phpunitParser,
  composerParser,
  dockerParser,
  leanParser,
];

export const GENERIC_PARSER: LogParser = genericParser;
export const ALL_PARSERS: readonly LogParser[] = [...TOOL_PARSERS, genericParser];

/**
 * The error words every tool uses; a line without one of these (or a parser's own trigger) is never
 * looked at, which is what lets the scanner skip most of a log. Alternatives are grouped by their
 * first letter because the regex engine's skip-ahead works on few distinct leading characters.
 */
export const CORE_TRIGGER =
  '[EeFfCcUu](?:rr|ail|atal|xception|annot|ould not|nable to)|ERR|FAIL|FATAL|[Pp]anic|[Tt]imed? ?out|' +
  '[Kk]illed|[Dd]enied|No space|Traceback|##\\[|' +
  // The test runners' marks, as UTF-8 bytes in one branch: ✗ ✕ ✖ ❯ ● and ×.
  '\\xE2[\\x9C\\x9D\\x97][\\x97\\xAF\\x8F\\x95\\x96]|\\xC3\\x97';

/** The scanner's trigger over raw bytes read as latin1 (so multi-byte characters appear as bytes). */
export function triggerSource(parsers: readonly LogParser[] = ALL_PARSERS): string {
  const extra = parsers.map((p) => p.trigger).filter((t): t is string => Boolean(t));
  const dotted = extra.filter((t) => /^\\\.[\w|]+:\\d$/.test(t)).map((t) => t.slice(2, -3));
  const rest = extra.filter((t) => !/^\\\.[\w|]+:\\d$/.test(t));
  // File-extension triggers (`\.go:\d`) share one alternative: one '.'-led branch, not one each.
  const files = dotted.length > 0 ? [`\\.(?:${dotted.join('|')}):\\d`] : [];
  return [CORE_TRIGGER, ...rest, ...files].join('|');
}

interface Dispatch {
  needles: RegExp;
  byNeedle: Map<string, number[]>;
  always: number[];
  /** Per parser, the last line number (a counter) it was chosen for: no Set per line. */
  chosen: Uint32Array;
  stamp: number;
}

const dispatchCache = new WeakMap<readonly LogParser[], Dispatch>();

/** One regex finds which parsers' needles a line holds, instead of one `includes` per needle. */
function dispatchFor(parsers: readonly LogParser[]): Dispatch {
  let dispatch = dispatchCache.get(parsers);
  if (dispatch) return dispatch;
  const byNeedle = new Map<string, number[]>();
  const always: number[] = [];
  parsers.forEach((parser, index) => {
    if (parser.needles.some((n) => n === '')) always.push(index);
    for (const needle of parser.needles.filter((n) => n !== '')) {
      byNeedle.set(needle, [...(byNeedle.get(needle) ?? []), index]);
    }
  });
  // The regex reports one needle per position (the longest); that match also holds every shorter
  // needle inside it, so it stands for their parsers too.
  for (const [needle, indexes] of byNeedle) {
    for (const [other, more] of byNeedle) {
      if (other !== needle && needle.includes(other))
        indexes.push(...more.filter((i) => !indexes.includes(i)));
    }
  }
  const sorted = [...byNeedle.keys()].sort((a, b) => b.length - a.length);
  const needles = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
  dispatch = { needles, byNeedle, always, chosen: new Uint32Array(parsers.length), stamp: 0 };
  dispatchCache.set(parsers, dispatch);
  return dispatch;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Per tool parser, one pattern of its needles; then the runner's words for a failing environment. */
export function dispatchPatterns(): PatternSpec[] {
  return [
    ...TOOL_PARSERS.map((p) => {
      // A parser with the empty needle reads every line; `[]` never matches, `always` covers it.
      const needles = p.needles.filter((n) => n !== '');
      return { source: needles.length > 0 ? needles.map(escapeRegExp).join('|') : '[]' };
    }),
    // A prefilter: parseGeneric confirms with the regex, so `.*` parts need not multiply states.
    { source: ENVIRONMENT_SOURCE, truncateRepeats: true },
  ];
}

/**
 * The same patterns over UTF-8 bytes read as latin1, for lines whose raw bytes are their text: a
 * needle's non-ASCII characters become their byte sequences.
 */
export function rawDispatchPatterns(): PatternSpec[] {
  return dispatchPatterns().map((p, i) =>
    i < TOOL_PARSERS.length
      ? {
          source:
            TOOL_PARSERS[i]!.needles.filter((n) => n !== '')
              .map((n) => escapeRegExp(Buffer.from(n, 'utf8').toString('latin1')))
              .map((n) => n.replace(/[\x80-\xff]/g, (c) => `\\x${c.charCodeAt(0).toString(16)}`))
              .join('|') || '[]',
        }
      : p,
  );
}

const ENVIRONMENT_BIT = 1 << TOOL_PARSERS.length;
let dispatchAutomaton: LineAutomaton | undefined;

/**
 * The strongest reading of a line: tool parsers whose needles occur in it, then the generic
 * fallback; a tool parser that recognises the line decides its weight, because it names the tool.
 * For the shipped parsers one automaton pass over the line finds every parser's needles and whether
 * an environment pattern may occur; another list of parsers is dispatched with a regex.
 */
export function classifyLine(
  text: string,
  context: LineContext,
  parsers: readonly LogParser[] = TOOL_PARSERS,
  /** The dispatch automaton's bits for this line when the caller has them (from its raw bytes). */
  knownBits?: number,
): LineFinding | undefined {
  const dispatch = dispatchFor(parsers);
  const { always, chosen } = dispatch;
  const stamp = (dispatch.stamp = (dispatch.stamp + 1) >>> 0 || 1);
  for (const index of always) chosen[index] = stamp;
  let bits = -1;
  if (parsers === TOOL_PARSERS) {
    if (knownBits !== undefined) bits = knownBits;
    else {
      dispatchAutomaton ??= lineAutomaton('dispatch', dispatchPatterns());
      bits = dispatchAutomaton.match(text);
    }
    for (let index = 0; index < parsers.length; index++)
      if ((bits & (1 << index)) !== 0) chosen[index] = stamp;
  } else {
    const { needles, byNeedle } = dispatch;
    needles.lastIndex = 0;
    for (let m = needles.exec(text); m; m = needles.exec(text)) {
      for (const index of byNeedle.get(m[0])!) chosen[index] = stamp;
    }
  }
  const mayBeEnvironment = (bits & ENVIRONMENT_BIT) !== 0;
  let best: LineFinding | undefined;
  for (let index = 0; index < parsers.length; index++) {
    if (chosen[index] !== stamp) continue;
    const finding = parsers[index]!.parseLine(text, context);
    if (finding && (!best || finding.weight > best.weight)) best = finding;
  }
  if (!best) return parseGeneric(text, mayBeEnvironment);
  // The generic reading may only add that it was the environment (disk full, network), not the code.
  if (best.location || best.failingTest) return best;
  const generic = mayBeEnvironment ? genericEnvironment(text) : undefined;
  if (generic && isEnvironmental(generic) && generic.weight >= 3) {
    return { ...best, category: generic.category, weight: Math.max(best.weight, generic.weight) };
  }
  return best;
}

function isEnvironmental(finding: LineFinding): boolean {
  return ['timeout', 'oom-or-disk', 'permission', 'network', 'infra'].includes(finding.category);
}
