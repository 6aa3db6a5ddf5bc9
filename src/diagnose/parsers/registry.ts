import { cargoParser } from './cargo/index.js';
import { cmakeParser } from './cmake/index.js';
import { composerParser } from './composer/index.js';
import { dockerParser } from './docker/index.js';
import { dotnetParser } from './dotnet/index.js';
import { eslintParser } from './eslint/index.js';
import { flake8Parser } from './flake8/index.js';
import { gccParser } from './gcc/index.js';
import { genericParser } from './generic/index.js';
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
 * looked at, which is what lets the scanner skip most of a log at memory speed.
 */
export const CORE_TRIGGER =
  '[Ee]rr|ERR|[Ff]ail|FAIL|[Ff]atal|FATAL|[Ee]xception|[Pp]anic|[Tt]imed? ?out|[Kk]illed|[Dd]enied|' +
  '[Cc]annot|[Cc]ould not|[Uu]nable to|No space|Traceback|##\\[|\\xC3\\x97|\\xE2\\x9C\\x97';

/** The scanner's trigger over raw bytes read as latin1 (so multi-byte characters appear as bytes). */
export function triggerSource(parsers: readonly LogParser[] = ALL_PARSERS): string {
  const extra = parsers.map((p) => p.trigger).filter((t): t is string => Boolean(t));
  return [CORE_TRIGGER, ...extra].join('|');
}

/**
 * The strongest reading of a line: tool parsers whose needles occur in it, then the generic
 * fallback; a tool parser wins a tie because it names the tool.
 */
export function classifyLine(
  text: string,
  context: LineContext,
  parsers: readonly LogParser[] = TOOL_PARSERS,
): LineFinding | undefined {
  let best: LineFinding | undefined;
  for (const parser of parsers) {
    if (!hasNeedle(text, parser.needles)) continue;
    const finding = parser.parseLine(text, context);
    if (finding && (!best || finding.weight > best.weight)) best = finding;
  }
  const generic = genericParser.parseLine(text, context);
  if (!best) return generic;
  // A tool that knows the line decides its weight; the generic reading may only say it was the
  // environment (disk full, network) rather than the code.
  if (
    generic &&
    isEnvironmental(generic) &&
    generic.weight >= 3 &&
    !best.location &&
    !best.failingTest
  ) {
    return { ...best, category: generic.category, weight: Math.max(best.weight, generic.weight) };
  }
  return best;
}

function hasNeedle(text: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (text.includes(needle)) return true;
  return false;
}

function isEnvironmental(finding: LineFinding): boolean {
  return ['timeout', 'oom-or-disk', 'permission', 'network', 'infra'].includes(finding.category);
}
