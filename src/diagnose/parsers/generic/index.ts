import type { Category } from '../../report.js';
import type { LineFinding, LineRule, LogParser } from '../types.js';
import { findingFrom } from '../types.js';

/**
 * The runner's own words for a failing environment, one pattern per category, tried as one regex:
 * most lines match none, and one pass over a line is far cheaper than five.
 */
const ENVIRONMENT: [Category, number, RegExp][] = [
  [
    'timeout',
    4,
    /has exceeded the maximum execution time|The job running on runner .* has exceeded|Timeout of \d+ms exceeded|timed out after \d+|Job execution time exceeded|No output has been received in the last \d+m/,
  ],
  [
    'oom-or-disk',
    4,
    /JavaScript heap out of memory|java\.lang\.OutOfMemoryError|MemoryError\b|Cannot allocate memory|[Oo]ut of memory|OOMKilled|Killed\s+.*signal 9|exit code 137\b|No space left on device|ENOSPC|[Dd]isk quota exceeded/,
  ],
  [
    'permission',
    3,
    /Resource not accessible by integration|HttpError: (?:Bad credentials|Not Found)|Permission denied|EACCES|EPERM|403 Forbidden|returned error: 403|Authentication failed|could not read Username/,
  ],
  [
    'network',
    3,
    /Could not resolve host|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|ETIMEDOUT|ECONNRESET|ECONNREFUSED|Connection (?:timed out|reset by peer|refused)|Temporary failure in name resolution|TLS handshake timeout|(?:returned error|status code|HTTP(?:\/\d\.\d)?):? ?50[234]|Service Unavailable|Bad Gateway|unable to access '.*?':/,
  ],
  [
    'infra',
    4,
    /The runner has received a shutdown signal|lost communication with the server|The hosted runner encountered an error|Runner \S+ did not connect|runner .* is offline|An error occurred while provisioning resources/,
  ],
];
/** One capture group per category, in ENVIRONMENT's order; also a bit of the dispatch automaton. */
export const ENVIRONMENT_SOURCE = ENVIRONMENT.map(([, , re]) => `(${re.source})`).join('|');
const ENVIRONMENT_ANY = new RegExp(ENVIRONMENT_SOURCE);

/** `error:`/`fatal:` lines, exceptions, the words any tool uses; tried after the environment. */
const RULES: LineRule[] = [
  { re: /^Process completed with exit code \d+\.?$/, weight: 0.5, cascade: true },
  { re: /^Error: Process completed with exit code \d+/, weight: 0.5, cascade: true },
  { re: /^The operation was canceled\.$/, weight: 1, category: 'timeout' },
  { re: /^Traceback \(most recent call last\):$/, weight: 3 },
  { re: /^(?:fatal|FATAL)(?:\s+ERROR)?:? /, weight: 3 },
  { re: /^(?:ERROR|Error|error)(?:\[\w+\])?: \S/, weight: 3 },
  {
    re: /^\s*(?:[\w.$]+\.)?[A-Z]\w*(?:Exception|Error)(?:: |$)/,
    mayMatch: (t) => t.includes('Error') || t.includes('Exception'),
    weight: 3,
  },
  { re: /^Caused by: /, weight: 2 },
  {
    re: /^\S.*\b(?:error|ERROR|Error)\b: \S/,
    mayMatch: (t) => t.includes('rror: ') || t.includes('RROR: '),
    weight: 2,
  },
  { re: /\b(?:FAILED|FAILURE)\b/, mayMatch: (t) => t.includes('FAIL'), weight: 1.5 },
  { re: /\b(?:failed|Failed|cannot|Cannot|could not|Could not|unable to|Unable to)\b/, weight: 1 },
  { re: /\b(?:error|Error|ERROR)\b/, weight: 1 },
];

const LINE_RULES = RULES.slice(2);
/** For the test that each rule's quick check holds wherever its pattern matches. */
export const GENERIC_RULES: readonly LineRule[] = RULES;

/**
 * What any tool prints, and the runner's words for timeouts, memory, disk, permissions, network and
 * lost runners. Used when no tool parser claims a line.
 */
export const genericParser: LogParser = {
  id: 'generic',
  category: 'unknown',
  needles: [''],
  parseLine(text): LineFinding | undefined {
    return parseGeneric(text, true);
  },
};

/**
 * The generic reading. `mayBeEnvironment` false says the caller knows no environment pattern
 * occurs in the line (the dispatch automaton's bit), which saves trying them.
 */
export function parseGeneric(text: string, mayBeEnvironment: boolean): LineFinding | undefined {
  const exit = RULES[0]!.re.exec(text) ?? RULES[1]!.re.exec(text);
  if (exit) return findingFrom('generic', 'unknown', RULES[0]!, exit);
  const environment = mayBeEnvironment ? environmentOf(text) : undefined;
  if (environment) return environment;
  for (const rule of LINE_RULES) {
    if (rule.mayMatch && !rule.mayMatch(text)) continue;
    const m = rule.re.exec(text);
    if (m) return findingFrom('generic', rule.category ?? 'unknown', rule, m);
  }
  return undefined;
}

function environmentOf(text: string): LineFinding | undefined {
  const environment = ENVIRONMENT_ANY.exec(text);
  if (!environment) return undefined;
  const index = environment.slice(1).findIndex((group) => group !== undefined);
  const [category, weight] = ENVIRONMENT[index] ?? ['unknown', 1];
  return { tool: 'generic', category, weight };
}

/**
 * What the generic reading says about the environment (timeout, memory, disk, permissions,
 * network, lost runner), exactly as `parseLine` would, without trying its other rules: for a line
 * a tool parser already read, that is all the generic reading may add.
 */
export function genericEnvironment(text: string): LineFinding | undefined {
  if (RULES[0]!.re.test(text) || RULES[1]!.re.test(text)) return undefined;
  return environmentOf(text);
}
