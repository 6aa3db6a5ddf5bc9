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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A parser's needles as one pattern; `encode` rewrites each needle first. A parser with only the
 * empty needle reads every line: `[]` never matches, ALWAYS_TRIED covers it.
 */
function needlePattern(parser: LogParser, encode: (needle: string) => string = (n) => n): string {
  const needles = parser.needles.filter((n) => n !== '');
  return needles.length > 0 ? needles.map((n) => escapeRegExp(encode(n))).join('|') : '[]';
}

/** Per tool parser, one pattern of its needles; then the runner's words for a failing environment. */
export function dispatchPatterns(): PatternSpec[] {
  return [
    ...TOOL_PARSERS.map((p) => ({ source: needlePattern(p) })),
    // A prefilter: parseGeneric confirms with the regex, so `.*` parts need not multiply states.
    { source: ENVIRONMENT_SOURCE, truncateRepeats: true },
  ];
}

/**
 * The same patterns over UTF-8 bytes read as latin1, for lines whose raw bytes are their text: a
 * needle's non-ASCII characters become their byte sequences.
 */
export function rawDispatchPatterns(): PatternSpec[] {
  const utf8Bytes = (needle: string) => Buffer.from(needle, 'utf8').toString('latin1');
  return [
    ...TOOL_PARSERS.map((p) => ({
      source: needlePattern(p, utf8Bytes).replace(
        /[\x80-\xff]/g,
        (c) => `\\x${c.charCodeAt(0).toString(16)}`,
      ),
    })),
    dispatchPatterns().at(-1)!,
  ];
}

const ENVIRONMENT_BIT = 1 << TOOL_PARSERS.length;
/** Parsers with the empty needle, tried on every line. */
const ALWAYS_TRIED = TOOL_PARSERS.reduce(
  (bits, p, i) => (p.needles.includes('') ? bits | (1 << i) : bits),
  0,
);
let dispatchAutomaton: LineAutomaton | undefined;

/**
 * The strongest reading of a line: tool parsers whose needles occur in it, then the generic
 * fallback; a tool parser that recognises the line decides its weight, because it names the tool.
 * One automaton pass over the line finds every parser's needles and whether an environment
 * pattern may occur.
 */
export function classifyLine(
  text: string,
  context: LineContext,
  /** The dispatch automaton's bits for this line when the caller has them (from its raw bytes). */
  knownBits?: number,
): LineFinding | undefined {
  let bits = knownBits;
  if (bits === undefined) {
    dispatchAutomaton ??= lineAutomaton('dispatch', dispatchPatterns());
    bits = dispatchAutomaton.match(text);
  }
  const tried = bits | ALWAYS_TRIED;
  const mayBeEnvironment = (bits & ENVIRONMENT_BIT) !== 0;
  let best: LineFinding | undefined;
  for (let index = 0; index < TOOL_PARSERS.length; index++) {
    if ((tried & (1 << index)) === 0) continue;
    const finding = TOOL_PARSERS[index]!.parseLine(text, context);
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
