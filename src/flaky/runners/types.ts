import { existsSync } from 'node:fs';
import path from 'node:path';
import { splitCommand } from '../shell.js';

export const FRAMEWORKS = [
  'vitest',
  'jest',
  'mocha',
  'node',
  'pytest',
  'go',
  'cargo',
  'nextest',
  'maven',
  'gradle',
  'rspec',
  'playwright',
  'phpunit',
  'dotnet',
] as const;
export type FrameworkId = (typeof FRAMEWORKS)[number];

/** A test to select: what its result file called it. */
export interface TestRef {
  name: string;
  classname: string;
  file?: string;
  line?: number;
}

/** Where an invocation's results land: a file it was told to write, its stdout, or files it writes
 *  by convention (surefire, gradle), read when newer than the start of the run. */
export type ResultSource =
  { kind: 'file'; path: string } | { kind: 'stdout' } | { kind: 'glob'; patterns: string[] };

export interface Invocation {
  command: string;
  env?: Record<string, string>;
  results: ResultSource;
  /** Parser id; detection is used when absent. */
  parser?: string;
}

export interface InvocationContext {
  cwd: string;
  /** A fresh directory for this invocation's result files. */
  reportDir: string;
}

/**
 * One test framework: how to run the whole suite with machine-readable results, and how to run only
 * some tests with the framework's own filter, names escaped for it. `rerun` may split the tests over
 * several processes (one per Go package, say); each call is a fresh process.
 */
export interface FrameworkAdapter {
  readonly id: FrameworkId;
  readonly defaultCommand: string;
  /** Does this command line (split into words) run this framework? */
  matchesCommand(words: readonly string[]): boolean;
  suite(command: string, context: InvocationContext): Invocation;
  rerun(command: string, tests: readonly TestRef[], context: InvocationContext): Invocation[];
}

export function commandWords(command: string): string[] {
  return splitCommand(command) ?? command.split(/\s+/);
}

/** Does any word name this program (`vitest`, `npx vitest`, `./node_modules/.bin/vitest`)? */
export function runsProgram(words: readonly string[], ...programs: string[]): boolean {
  return words.some((word) => programs.includes(path.basename(word)));
}

/**
 * The user's command without the test paths it was given, so that a re-run selects only the failed
 * tests instead of the paths plus them. Config files are kept (they are option values); a command
 * with shell syntax is returned unchanged.
 */
const CONFIG_FILE = /(^|[/\\])[^/\\]*(config|rc)[^/\\]*$|\.(json|ya?ml|toml|ini|cfg|xml|env)$/i;

export function withoutTestPaths(
  command: string,
  cwd: string,
  isPath?: (word: string) => boolean,
): string {
  const words = splitCommand(command);
  if (!words) return command;
  const kept = words.filter((word, i) => {
    if (i === 0 || word.startsWith('-')) return true;
    if (isPath?.(word)) return false;
    // Config files stay (they are option values); test files and directories on disk go.
    if (CONFIG_FILE.test(word)) return true;
    if (/[/\\.]/.test(word) && existsSync(path.resolve(cwd, word))) return false;
    const previous = words[i - 1]!;
    const optionValue = previous.startsWith('-') && !previous.includes('=');
    return optionValue || !/^\.\.?\//.test(word);
  });
  return kept
    .map((word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}

export function relativeTo(cwd: string, file: string): string {
  const relative = path.isAbsolute(file) ? path.relative(cwd, file) : file;
  return relative.split(path.sep).join('/');
}

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}
