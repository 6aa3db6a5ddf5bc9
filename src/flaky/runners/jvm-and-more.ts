import path from 'node:path';
import { appendArgs, escapeRegex } from '../shell.js';
import {
  relativeTo,
  runsProgram,
  unique,
  withoutTestPaths,
  type FrameworkAdapter,
  type TestRef,
} from './types.js';

/** surefire's method part: `[`, `(` start a parameter suffix it cannot match literally. */
function javaMethod(name: string): string {
  return name.replace(/[[(].*$/, '').trim();
}

const SUREFIRE = ['**/target/surefire-reports/TEST-*.xml'];
const GRADLE = ['**/build/test-results/**/TEST-*.xml'];

export const mavenAdapter: FrameworkAdapter = {
  id: 'maven',
  defaultCommand: 'mvn -B test',
  matchesCommand: (words) => runsProgram(words, 'mvn', 'mvnw'),
  suite: (command) => ({ command, results: { kind: 'glob', patterns: SUREFIRE }, parser: 'junit' }),
  rerun: (command, tests) => {
    const byClass = new Map<string, string[]>();
    for (const test of tests)
      byClass.set(
        test.classname,
        unique([...(byClass.get(test.classname) ?? []), javaMethod(test.name)]),
      );
    const selection = [...byClass].map(([cls, methods]) => `${cls}#${methods.join('+')}`).join(',');
    return [
      {
        command: appendArgs(command, [
          `-Dtest=${selection}`,
          '-Dsurefire.failIfNoSpecifiedTests=false',
          '-DfailIfNoTests=false',
        ]),
        results: { kind: 'glob', patterns: SUREFIRE },
        parser: 'junit',
      },
    ];
  },
};

export const gradleAdapter: FrameworkAdapter = {
  id: 'gradle',
  defaultCommand: './gradlew test',
  matchesCommand: (words) => runsProgram(words, 'gradle', 'gradlew'),
  suite: (command) => ({ command, results: { kind: 'glob', patterns: GRADLE }, parser: 'junit' }),
  rerun: (command, tests) => {
    const args = unique(tests.map((test) => `${test.classname}.${javaMethod(test.name)}`)).flatMap(
      (filter) => ['--tests', filter],
    );
    return [
      {
        command: appendArgs(command, args),
        results: { kind: 'glob', patterns: GRADLE },
        parser: 'junit',
      },
    ];
  },
};

/** rspec: `file:line` is exact; `-e` (full description substring) when the line is unknown. */
export const rspecAdapter: FrameworkAdapter = {
  id: 'rspec',
  defaultCommand: 'bundle exec rspec',
  matchesCommand: (words) => runsProgram(words, 'rspec'),
  suite: (command, { reportDir }) => {
    const file = path.join(reportDir, 'rspec.json');
    return {
      command: appendArgs(command, ['--format', 'progress', '--format', 'json', '--out', file]),
      results: { kind: 'file', path: file },
      parser: 'rspec-json',
    };
  },
  rerun: (command, tests, { cwd, reportDir }) => {
    const file = path.join(reportDir, 'rspec.json');
    const selectors = unique(
      tests.flatMap((test: TestRef) =>
        test.file && test.line ? [`${relativeTo(cwd, test.file)}:${test.line}`] : ['-e', test.name],
      ),
    );
    return [
      {
        command: appendArgs(withoutTestPaths(command, cwd), [
          ...selectors,
          '--format',
          'json',
          '--out',
          file,
        ]),
        results: { kind: 'file', path: file },
        parser: 'rspec-json',
      },
    ];
  },
};

/** phpunit: `--filter` is a PCRE over `Class::method` (data sets follow as ` with data set ...`). */
export const phpunitAdapter: FrameworkAdapter = {
  id: 'phpunit',
  defaultCommand: 'vendor/bin/phpunit',
  matchesCommand: (words) => runsProgram(words, 'phpunit'),
  suite: (command, { reportDir }) => {
    const file = path.join(reportDir, 'phpunit.xml');
    return {
      command: appendArgs(command, ['--log-junit', file]),
      results: { kind: 'file', path: file },
      parser: 'junit',
    };
  },
  rerun: (command, tests, { reportDir }) => {
    const file = path.join(reportDir, 'phpunit.xml');
    const names = unique(
      tests.map(
        (test) =>
          `${escapeRegex(test.classname.split('.').pop() ?? '')}::${escapeRegex(test.name.replace(/ with data set .*$/, ''))}`,
      ),
    );
    return [
      {
        command: appendArgs(command, [
          '--filter',
          `/(?:${names.join('|')})(?: with data set .*)?$/`,
          '--log-junit',
          file,
        ]),
        results: { kind: 'file', path: file },
        parser: 'junit',
      },
    ];
  },
};

/** dotnet test: `--filter FullyQualifiedName=...` joined by `|`, filter metacharacters escaped. */
export function dotnetFilterValue(name: string): string {
  return name.replace(/[\\()&|=!~]/g, '\\$&');
}

export const dotnetAdapter: FrameworkAdapter = {
  id: 'dotnet',
  defaultCommand: 'dotnet test',
  matchesCommand: (words) => runsProgram(words, 'dotnet') && words.includes('test'),
  suite: (command, { reportDir }) => ({
    command: appendArgs(command, [
      '--logger',
      'trx;LogFileName=results.trx',
      '--results-directory',
      reportDir,
    ]),
    results: { kind: 'file', path: path.join(reportDir, 'results.trx') },
    parser: 'trx',
  }),
  rerun: (command, tests, { reportDir }) => {
    const filter = unique(
      tests.map(
        (test) =>
          `FullyQualifiedName=${dotnetFilterValue(test.classname ? `${test.classname}.${test.name}` : test.name)}`,
      ),
    ).join('|');
    return [
      {
        command: appendArgs(command, [
          '--filter',
          filter,
          '--logger',
          'trx;LogFileName=results.trx',
          '--results-directory',
          reportDir,
        ]),
        results: { kind: 'file', path: path.join(reportDir, 'results.trx') },
        parser: 'trx',
      },
    ];
  },
};
