import path from 'node:path';
import { appendArgs, escapeRegex, shellJoin, splitCommand } from '../shell.js';
import {
  relativeTo,
  runsProgram,
  unique,
  withoutTestPaths,
  type FrameworkAdapter,
  type TestRef,
} from './types.js';

/** One anchored alternation of full test names: `^(?:a|b)$`. */
function fullNamePattern(tests: readonly TestRef[]): string {
  const names = unique(tests.map((test) => escapeRegex(test.name)));
  return names.length === 1 ? `^${names[0]}$` : `^(?:${names.join('|')})$`;
}

function testFiles(tests: readonly TestRef[], cwd: string): string[] {
  return unique(tests.flatMap((test) => (test.file ? [relativeTo(cwd, test.file)] : [])));
}

/** vitest: results as jest-compatible JSON; `-t` matches the full name (suites and title, spaced). */
export const vitestAdapter: FrameworkAdapter = {
  id: 'vitest',
  defaultCommand: 'npx vitest run',
  matchesCommand: (words) => runsProgram(words, 'vitest'),
  suite: (command, { reportDir }) => {
    const file = path.join(reportDir, 'vitest.json');
    return {
      command: withVitestJson(command, file, []),
      results: { kind: 'file', path: file },
      parser: 'jest-json',
    };
  },
  rerun: (command, tests, { cwd, reportDir }) => {
    const file = path.join(reportDir, 'vitest.json');
    const args = [...testFiles(tests, cwd), '-t', fullNamePattern(tests)];
    return [
      {
        command: withVitestJson(withoutTestPaths(command, cwd), file, args),
        results: { kind: 'file', path: file },
        parser: 'jest-json',
      },
    ];
  },
};

/**
 * The user's command plus our JSON reporter. vitest refuses two plain `--outputFile` values, so the
 * user's reporter keeps its file through the per-reporter form (`--outputFile.junit=...`).
 */
export function withVitestJson(command: string, file: string, args: string[]): string {
  const words = splitCommand(command);
  const ours = ['--reporter=json', `--outputFile.json=${file}`];
  if (!words) return appendArgs(command, [...args, '--reporter=default', ...ours]);
  const reporters: string[] = [];
  let outputFile: string | undefined;
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const option = /^--(reporter|outputFile)(?:=(.*))?$/.exec(words[i]!);
    if (!option) {
      kept.push(words[i]!);
      continue;
    }
    const value = option[2] ?? words[++i] ?? '';
    if (option[1] === 'reporter') reporters.push(value);
    else outputFile = value;
  }
  const theirs = reporters.filter((r) => r !== 'json');
  const userArgs =
    theirs.length > 0 ? theirs.map((r) => `--reporter=${r}`) : ['--reporter=default'];
  if (outputFile && theirs.length === 1) userArgs.push(`--outputFile.${theirs[0]}=${outputFile}`);
  return appendArgs(shellJoin(kept), [...args, ...userArgs, ...ours]);
}

/** jest: `--runTestsByPath` takes files literally (no regex), `-t` the full name. */
export const jestAdapter: FrameworkAdapter = {
  id: 'jest',
  defaultCommand: 'npx jest',
  matchesCommand: (words) => runsProgram(words, 'jest'),
  suite: (command, { reportDir }) => {
    const file = path.join(reportDir, 'jest.json');
    return {
      command: appendArgs(command, ['--json', `--outputFile=${file}`]),
      results: { kind: 'file', path: file },
      parser: 'jest-json',
    };
  },
  rerun: (command, tests, { cwd, reportDir }) => {
    const file = path.join(reportDir, 'jest.json');
    const files = testFiles(tests, cwd);
    const args = [
      ...(files.length > 0 ? ['--runTestsByPath', ...files] : []),
      '-t',
      fullNamePattern(tests),
      '--json',
      `--outputFile=${file}`,
    ];
    return [
      {
        command: appendArgs(withoutTestPaths(command, cwd), args),
        results: { kind: 'file', path: file },
        parser: 'jest-json',
      },
    ];
  },
};

/** mocha: `--grep` matches the full title. */
export const mochaAdapter: FrameworkAdapter = {
  id: 'mocha',
  defaultCommand: 'npx mocha',
  matchesCommand: (words) => runsProgram(words, 'mocha', '_mocha'),
  suite: (command, { reportDir }) => {
    const file = path.join(reportDir, 'mocha.json');
    return {
      command: appendArgs(command, ['--reporter', 'json', '--reporter-option', `output=${file}`]),
      results: { kind: 'file', path: file },
      parser: 'mocha-json',
    };
  },
  rerun: (command, tests, { cwd, reportDir }) => {
    const file = path.join(reportDir, 'mocha.json');
    const args = [
      ...testFiles(tests, cwd),
      '--grep',
      fullNamePattern(tests),
      '--reporter',
      'json',
      '--reporter-option',
      `output=${file}`,
    ];
    return [
      {
        command: appendArgs(withoutTestPaths(command, cwd), args),
        results: { kind: 'file', path: file },
        parser: 'mocha-json',
      },
    ];
  },
};

/**
 * node:test: TAP on stdout (node 20's JUnit reporter reports name-filtered tests as passed). node 20
 * matches `--test-name-pattern` against the test's own name, later versions against the full name:
 * the pattern accepts both.
 */
export const nodeTestAdapter: FrameworkAdapter = {
  id: 'node',
  defaultCommand: 'node --test',
  matchesCommand: (words) => runsProgram(words, 'node') && words.includes('--test'),
  suite: (command) => ({
    command: insertNodeOptions(command, ['--test-reporter=tap']),
    results: { kind: 'stdout' },
    parser: 'tap',
  }),
  rerun: (command, tests, { cwd }) => {
    // Files are known for failures (node locates them): run only those files, not the whole tree.
    const files = tests.every((test) => test.file) ? testFiles(tests, cwd) : [];
    const base = files.length > 0 ? appendArgs(withoutTestPaths(command, cwd), files) : command;
    const leaves = unique(
      tests.map((test) =>
        escapeRegex(
          test.classname && test.name.startsWith(`${test.classname} `)
            ? test.name.slice(test.classname.length + 1)
            : test.name,
        ),
      ),
    );
    const pattern = `(?:^|\\s)(?:${leaves.join('|')})$`;
    return [
      {
        command: insertNodeOptions(base, ['--test-reporter=tap', `--test-name-pattern=${pattern}`]),
        results: { kind: 'stdout' },
        parser: 'tap',
      },
    ];
  },
};

/** node options must come before the file arguments: put them right after `--test`. */
function insertNodeOptions(command: string, options: string[]): string {
  const quoted = options.map((option) => `'${option.replace(/'/g, `'\\''`)}'`).join(' ');
  return /(^|\s)--test(\s|$)/.test(command)
    ? command.replace(
        /(^|\s)--test(?=\s|$)/,
        (_match, before: string) => `${before}--test ${quoted}`,
      )
    : appendArgs(command, options);
}

/** Playwright: `-g` is a regex over the title path; JUnit through its reporter, to a file we name. */
export const playwrightAdapter: FrameworkAdapter = {
  id: 'playwright',
  defaultCommand: 'npx playwright test',
  matchesCommand: (words) => runsProgram(words, 'playwright'),
  suite: (command, { reportDir }) => {
    const file = path.join(reportDir, 'playwright.xml');
    return {
      command: appendArgs(command, ['--reporter=junit']),
      env: { PLAYWRIGHT_JUNIT_OUTPUT_NAME: file },
      results: { kind: 'file', path: file },
      parser: 'junit',
    };
  },
  rerun: (command, tests, { cwd, reportDir }) => {
    const file = path.join(reportDir, 'playwright.xml');
    const titles = unique(tests.map((test) => escapeRegex(test.name)));
    const args = [...testFiles(tests, cwd), '-g', `(?:${titles.join('|')})$`, '--reporter=junit'];
    return [
      {
        command: appendArgs(withoutTestPaths(command, cwd), args),
        env: { PLAYWRIGHT_JUNIT_OUTPUT_NAME: file },
        results: { kind: 'file', path: file },
        parser: 'junit',
      },
    ];
  },
};
