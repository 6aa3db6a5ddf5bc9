import { existsSync } from 'node:fs';
import path from 'node:path';
import { appendArgs, escapeRegex, quoteMetaGo, shellJoin, splitCommand } from '../shell.js';
import {
  runsProgram,
  unique,
  withoutTestPaths,
  type FrameworkAdapter,
  type Invocation,
  type TestRef,
} from './types.js';

/** pytest node id (`tests/test_x.py::TestClass::test_y[a-b]`) from a JUnit testcase. */
export function pytestNodeId(test: TestRef, cwd: string): string {
  const parts = test.classname.split('.').filter(Boolean);
  let file = test.file?.split(path.sep).join('/');
  let classes: string[] = [];
  if (file) {
    const module = file.replace(/\.py$/, '').split('/');
    // The classname starts with the module path as pytest saw it; what follows are classes.
    const start = parts.findIndex(
      (_, i) => parts.slice(i, i + module.length).join('/') === module.join('/'),
    );
    classes = start >= 0 ? parts.slice(start + module.length) : parts.slice(module.length);
  } else {
    // xunit2 names no file: the longest classname prefix that is a file on disk is the module.
    for (let n = parts.length; n > 0; n--) {
      const candidate = `${parts.slice(0, n).join('/')}.py`;
      if (existsSync(path.resolve(cwd, candidate))) {
        file = candidate;
        classes = parts.slice(n);
        break;
      }
    }
  }
  return [file ?? parts.join('/'), ...classes, test.name].join('::');
}

export const pytestAdapter: FrameworkAdapter = {
  id: 'pytest',
  defaultCommand: 'python3 -m pytest',
  matchesCommand: (words) => runsProgram(words, 'pytest', 'py.test') || words.includes('pytest'),
  suite: (command, { reportDir }) => {
    const file = path.join(reportDir, 'pytest.xml');
    // xunit1 records each test's file and line, which node ids need.
    return {
      command: appendArgs(command, [`--junitxml=${file}`, '-o', 'junit_family=xunit1']),
      results: { kind: 'file', path: file },
      parser: 'junit',
    };
  },
  rerun: (command, tests, { cwd, reportDir }) => {
    const file = path.join(reportDir, 'pytest.xml');
    const ids = unique(tests.map((test) => pytestNodeId(test, cwd)));
    const args = [
      ...ids,
      `--junitxml=${file}`,
      '-o',
      'junit_family=xunit1',
      '-p',
      'no:cacheprovider',
    ];
    return [
      {
        command: appendArgs(withoutTestPaths(command, cwd), args),
        results: { kind: 'file', path: file },
        parser: 'junit',
      },
    ];
  },
};

/** `-run` for go: one anchored, QuoteMeta'd regex per subtest level (`^TestX$/^case_1$`). */
export function goRunPattern(names: readonly string[]): string {
  const levels: string[][] = [];
  for (const name of names) {
    name.split('/').forEach((part, i) => {
      (levels[i] ??= []).push(quoteMetaGo(part));
    });
  }
  return levels
    .map((parts) => {
      const alternatives = unique(parts);
      return alternatives.length === 1 ? `^${alternatives[0]}$` : `^(${alternatives.join('|')})$`;
    })
    .join('/');
}

export const goAdapter: FrameworkAdapter = {
  id: 'go',
  defaultCommand: 'go test ./...',
  matchesCommand: (words) => runsProgram(words, 'go') && words.includes('test'),
  suite: (command) => ({
    command: addGoFlags(command, ['-json']),
    results: { kind: 'stdout' },
    parser: 'go-json',
  }),
  rerun: (command, tests, { cwd }) => {
    const base = withoutTestPaths(
      command,
      cwd,
      (word) => word.includes('...') || /^\.\.?(\/|$)/.test(word),
    );
    const failedNames = new Set(tests.map((test) => `${test.classname}\u0000${test.name}`));
    // A parent fails because a subtest failed: re-run just the failing subtests.
    const leaves = tests.filter(
      (test) =>
        ![...failedNames].some((key) => key.startsWith(`${test.classname}\u0000${test.name}/`)),
    );
    const invocations: Invocation[] = [];
    for (const pkg of unique(leaves.map((test) => test.classname))) {
      const inPackage = leaves.filter((test) => test.classname === pkg);
      // Tests with different depths cannot share one -run pattern without widening it.
      for (const group of groupBy(inPackage, (test) =>
        test.name.includes('/') ? test.name.split('/')[0]! : '',
      )) {
        const pattern = goRunPattern(group.map((test) => test.name));
        invocations.push({
          command: addGoFlags(base, ['-json', '-count=1', '-run', pattern, pkg]),
          results: { kind: 'stdout' },
          parser: 'go-json',
        });
      }
    }
    return invocations;
  },
};

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/** Flags go after `go test` (and before any `-args`). */
function addGoFlags(command: string, flags: string[]): string {
  const words = splitCommand(command);
  const at = words?.indexOf('test') ?? -1;
  if (!words || at < 0) return appendArgs(command, flags);
  const argsAt = words.indexOf('-args');
  const insertAt = argsAt >= 0 ? argsAt : words.length;
  return shellJoin([...words.slice(0, insertAt), ...flags, ...words.slice(insertAt)]);
}

/** cargo test: libtest text on stdout; `-- --exact a::b c::d` selects by exact path. */
export const cargoAdapter: FrameworkAdapter = {
  id: 'cargo',
  defaultCommand: 'cargo test',
  matchesCommand: (words) => runsProgram(words, 'cargo') && words.includes('test'),
  suite: (command) => ({ command, results: { kind: 'stdout' }, parser: 'libtest' }),
  rerun: (command, tests) => {
    const names = unique(tests.map((test) => test.name));
    const hasSeparator = (splitCommand(command) ?? []).includes('--');
    const args = [...(hasSeparator ? [] : ['--']), '--exact', ...names];
    return [
      {
        command: `${command.trimEnd()} ${shellJoin(args)}`,
        results: { kind: 'stdout' },
        parser: 'libtest',
      },
    ];
  },
};

/** cargo-nextest: JUnit where the profile writes it; filtersets select exact names by regex. */
export const nextestAdapter: FrameworkAdapter = {
  id: 'nextest',
  defaultCommand: 'cargo nextest run',
  matchesCommand: (words) =>
    runsProgram(words, 'cargo', 'cargo-nextest') && words.includes('nextest'),
  suite: (command) => ({
    command,
    results: { kind: 'glob', patterns: ['target/nextest/*/junit.xml'] },
    parser: 'junit',
  }),
  rerun: (command, tests) => {
    const filterset = unique(tests.map((test) => `test(/^${escapeRegex(test.name)}$/)`)).join(
      ' | ',
    );
    return [
      {
        command: appendArgs(command, ['--no-fail-fast', '-E', filterset]),
        results: { kind: 'glob', patterns: ['target/nextest/*/junit.xml'] },
        parser: 'junit',
      },
    ];
  },
};
