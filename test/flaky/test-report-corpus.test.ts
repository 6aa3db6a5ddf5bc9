import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { testReportCommand } from '../../src/cli/commands/test-report.js';
import { sharedDataDir } from '../support/shared-data.js';

/**
 * `kintsugi test-report --format json` over every result file of ../shared/data/test-reports,
 * checked against what the two source projects say the counts are:
 * - dorny/test-reporter: the per-report rows of its __outputs__/*.md (counts per execution);
 * - mikepenz/action-junit-report: the expectations of its __tests__/testParser.test.ts, copied
 *   below with the test name they come from (counts per unique test, re-runs merged);
 * - files neither project states counts for: the counts the report's own root element declares.
 * Our counts are per unique test; where a source counts per execution, executions are compared too.
 */

let root = '';
try {
  root = path.join(sharedDataDir(), 'test-reports');
} catch {
  console.warn(
    '\n!!! ../shared/data/test-reports is absent: the test-report corpus test is SKIPPED !!!\n',
  );
}

interface Line {
  file: string;
  error?: string;
  format?: string;
  tests: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
  cases: { name: string; status: string; attempts: { status: string }[] }[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Result files: everything but the sources' expectations, licences and path lists. */
function reportFiles(): string[] {
  return walk(root)
    .map((file) => path.relative(root, file))
    .filter((rel) => !/(__outputs__|__snapshots__)|LICENSE$|files\.txt$/.test(rel))
    .sort();
}

async function runTestReport(files: string[]): Promise<{ code: number; lines: Map<string, Line> }> {
  const stdout = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const code = await testReportCommand(['--format', 'json', ...files], {
    stdout,
    stderr: new PassThrough(),
    stdin: new PassThrough(),
    env: {},
    cwd: root,
  });
  const lines = new Map<string, Line>();
  for (const text of Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean)) {
    const line = JSON.parse(text) as Line;
    lines.set(line.file, line);
  }
  return { code, lines };
}

/** dorny's rows: `|[fixtures/x.xml](#user-content-r0)|5 ✅|1 ❌|2 ⚪|16s|`. */
function dornyExpectations(): Map<string, { passed: number; failed: number; skipped: number }> {
  const outputs = path.join(root, 'dorny-test-reporter', '__outputs__');
  const expected = new Map<string, { passed: number; failed: number; skipped: number }>();
  for (const md of readdirSync(outputs)) {
    const text = readFileSync(path.join(outputs, md), 'utf8');
    for (const m of text.matchAll(
      /^\|\[(fixtures\/[^\]]+)\]\(#user-content-r\d+\)\|([^|]*)\|([^|]*)\|([^|]*)\|/gm,
    )) {
      const n = (cell: string) => Number.parseInt(cell, 10) || 0;
      const file = `dorny-test-reporter/${m[1]!.replace(/\\(.)/g, '$1')}`;
      expected.set(file, { passed: n(m[2]!), failed: n(m[3]!), skipped: n(m[4]!) });
    }
  }
  return expected;
}

/** Files where one name occurs more than once in the same suite (TestNG data providers, duplicate
 *  titles): dorny counts each execution, we count the test once with several attempts. */
const DORNY_UNIQUE: Record<
  string,
  { tests: number; passed: number; failed: number; skipped: number }
> = {
  'dorny-test-reporter/fixtures/external/java/TEST-org.apache.pulsar.AddMissingPatchVersionTest.xml':
    { tests: 1, passed: 0, failed: 1, skipped: 0 },
  'dorny-test-reporter/fixtures/external/java/pulsar-test-report.xml': {
    tests: 670,
    passed: 666,
    failed: 1,
    skipped: 3,
  },
  'dorny-test-reporter/fixtures/external/jest/jest-test-results.xml': {
    tests: 4142,
    passed: 4110,
    failed: 2,
    skipped: 30,
  },
  'dorny-test-reporter/fixtures/external/mocha/mocha-test-results.json': {
    tests: 837,
    passed: 831,
    failed: 0,
    skipped: 6,
  },
  'dorny-test-reporter/fixtures/external/flutter/provider-test-results.json': {
    tests: 265,
    passed: 264,
    failed: 1,
    skipped: 0,
  },
};

const M = 'mikepenz-action-junit-report/test_results/';
type Unique = { tests: number; passed?: number; failed?: number; skipped?: number; flaky?: number };
/** mikepenz's expectations (totalCount/skipped/failed/passed; its "passed" includes flaky tests). */
const MIKEPENZ: Record<string, Unique> = {
  [`${M}tests/utils/target/surefire-reports/TEST-action.surefire.report.calc.CalcUtilsTest.xml`]: {
    tests: 2,
    failed: 2,
    skipped: 0,
  }, // should parse CalcUtils results
  [`${M}python/report.xml`]: { tests: 3, failed: 2, skipped: 0 }, // should parse pytest results
  [`${M}marathon_tests/com.mikepenz.DummyTest#test_02_dummy.xml`]: {
    tests: 1,
    passed: 1,
    skipped: 0,
  },
  [`${M}marathon_tests/com.mikepenz.DummyTest3#test_01.xml`]: { tests: 1, failed: 1, skipped: 0 },
  [`${M}marathon_tests/com.mikepenz.DummyUtilTest#test_01_dummy.xml`]: {
    tests: 1,
    failed: 1,
    skipped: 0,
  },
  [`${M}cunit/testFailure.xml`]: { tests: 4, failed: 1, skipped: 0 },
  [`${M}nextest/basic.xml`]: { tests: 3, failed: 1, skipped: 0 }, // should ignore classname when requested
  [`${M}nested/junit.xml`]: { tests: 5, failed: 3, skipped: 0 }, // should parse correctly nested test suites
  [`${M}issues/testDisabled.xml`]: { tests: 22, failed: 6, skipped: 10 },
  [`${M}issues/testFailedDisabled.xml`]: { tests: 1, passed: 0, failed: 0, skipped: 1 },
  [`${M}mocha/mocha.xml`]: { tests: 1, passed: 1, skipped: 0 },
  [`${M}xunit/report.xml`]: { tests: 4, failed: 1, skipped: 0 },
  [`${M}xunit/report_fl_on_f.xml`]: { tests: 4, failed: 1, skipped: 0 },
  [`${M}junit-web-test/expected.xml`]: { tests: 6, failed: 1, skipped: 1 },
  [`${M}junit-web-test/expectedRetries.xml`]: { tests: 7, failed: 1, skipped: 1, flaky: 1 }, // should handle retries
  [`${M}junit_flaky_failure/marathon_junit_report.xml`]: { tests: 1, skipped: 0, flaky: 1 },
  [`${M}junit_flaky_failure/mixed_flaky_and_passed.xml`]: {
    tests: 3,
    passed: 3,
    failed: 0,
    skipped: 0,
    flaky: 1,
  },
  [`${M}perl/result.xml`]: { tests: 1, passed: 1, skipped: 0 },
  [`${M}container-structure/test.xml`]: { tests: 3, passed: 3, skipped: 0 },
  [`${M}catch2/report.xml`]: { tests: 1, failed: 1, skipped: 0 },
  [`${M}flaky_retries/flaky_with_classname_file.xml`]: {
    tests: 3,
    passed: 3,
    failed: 0,
    skipped: 0,
    flaky: 1,
  },
  [`${M}flaky_retries/flaky_all_failures.xml`]: { tests: 1, passed: 0, failed: 1, skipped: 0 },
  [`${M}flaky_retries/flaky_success_first.xml`]: {
    tests: 1,
    passed: 1,
    failed: 0,
    skipped: 0,
    flaky: 1,
  },
  [`${M}junit-server-test/report.xml`]: { tests: 3, passed: 2, failed: 0, skipped: 1, flaky: 1 }, // should parse retried tests
  [`${M}multiple_failures/test_multiple_failures.xml`]: {
    tests: 4,
    passed: 1,
    failed: 2,
    skipped: 1,
  },
};

/** No stated expectation in either project: the counts the file's root element declares. */
const SELF_DECLARED: Record<string, Unique> = {
  [`${M}tests/email/target/surefire-reports/TEST-action.surefire.report.email.EmailAddressTest.xml`]:
    { tests: 9, failed: 7, skipped: 0 },
  [`${M}tests/utils/target/surefire-reports/TEST-action.surefire.report.calc.AllOkTest.xml`]: {
    tests: 1,
    passed: 1,
  },
  [`${M}tests/utils/target/surefire-reports/TEST-action.surefire.report.calc.StringUtilsTest.xml`]:
    { tests: 5, failed: 2, skipped: 1 },
  [`${M}multiple_failures/test_multiple_errors.xml`]: { tests: 3, failed: 2, skipped: 0 },
  [`${M}maven_surefire_flaky/surefire-report.xml`]: { tests: 1, passed: 1, failed: 0, flaky: 1 },
  // Its root says tests="3" but lists a fourth, test_with_flaky_success, that passed.
  [`${M}python/report_flaky.xml`]: { tests: 4, passed: 2, failed: 2 },
  // The root declares 57 but the file holds 3 testcases; the testcases are what ran.
  [`${M}nested/multi-level.xml`]: { tests: 3, passed: 3 },
  [`${M}multiple/test_10.xml`]: { tests: 3, passed: 3 },
  [`${M}multiple/test_11.xml`]: { tests: 3, passed: 2, failed: 1 },
  [`${M}multiple/test_12.xml`]: { tests: 3, passed: 2, skipped: 1 },
  'dorny-test-reporter/fixtures/external/nunit-sample.xml': {
    tests: 18,
    passed: 12,
    failed: 2,
    skipped: 4,
  }, // 3 skipped + 1 inconclusive
  'dorny-test-reporter/fixtures/external/java/empty_failures.xml': {
    tests: 3,
    passed: 2,
    failed: 1,
    skipped: 0,
  },
  'dorny-test-reporter/fixtures/phpunit/phpunit-paths.xml': { tests: 6, passed: 0, failed: 6 },
};

const ERRORS: Record<string, RegExp> = {
  [`${M}corrupt-junit/e2e-tests/corrupt/target/sf-reports/TEST-test.CorruptTest.xml`]:
    /malformed XML: the file ends before <testsuite>, <testcase>, <system-out> are closed/,
  [`${M}cunit/testEmpty.xml`]: /no test cases in it \(0 tests ran\)/,
};

function mergedCounts(line: Line) {
  // Sources count errors as failures and flaky-then-passed tests as passed.
  return {
    tests: line.tests,
    passed: line.passed + line.flaky,
    failed: line.failed + line.errored,
    skipped: line.skipped,
    flaky: line.flaky,
  };
}

function executions(line: Line) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const test of line.cases)
    for (const attempt of test.attempts) counts[attempt.status as keyof typeof counts]++;
  return counts;
}

describe.skipIf(!root)('kintsugi test-report over ../shared/data/test-reports', () => {
  let result: { code: number; lines: Map<string, Line> };
  let files: string[];
  beforeAll(async () => {
    files = reportFiles();
    result = await runTestReport(files);
  });

  it('prints one line per file and exits non-zero because some files cannot be read', () => {
    expect(files.length).toBeGreaterThanOrEqual(75);
    expect(result.lines.size).toBe(files.length);
    expect(result.code).toBe(1);
  });

  it('matches every count in dorny/test-reporter __outputs__', () => {
    const dorny = dornyExpectations();
    expect(dorny.size).toBe(29);
    for (const [file, expected] of dorny) {
      const line = result.lines.get(file);
      expect(line, file).toBeDefined();
      expect(line!.error, file).toBeUndefined();
      expect(executions(line!), file).toEqual(expected);
      const unique = DORNY_UNIQUE[file] ?? {
        tests: expected.passed + expected.failed + expected.skipped,
        ...expected,
      };
      const { flaky: _flaky, ...merged } = mergedCounts(line!);
      expect(merged, file).toEqual(unique);
    }
  });

  it('matches the counts mikepenz/action-junit-report tests expect, and the self-declared ones', () => {
    for (const [file, expected] of Object.entries({ ...MIKEPENZ, ...SELF_DECLARED })) {
      const line = result.lines.get(file);
      expect(line?.error, file).toBeUndefined();
      const merged = mergedCounts(line!);
      for (const [key, value] of Object.entries(expected))
        expect(merged[key as keyof typeof merged], `${file} ${key}`).toBe(value);
    }
  });

  it('gives every empty and corrupt file a clear error and nothing else', () => {
    const emptyDir = files.filter((file) => file.startsWith('dorny-test-reporter/fixtures/empty/'));
    expect(emptyDir.length).toBe(9);
    for (const file of emptyDir)
      expect(result.lines.get(file)?.error, file).toMatch(
        /report with no test cases in it \(0 tests ran\)$/,
      );
    for (const [file, pattern] of Object.entries(ERRORS))
      expect(result.lines.get(file)?.error, file).toMatch(pattern);
    const errored = [...result.lines.values()]
      .filter((line) => line.error)
      .map((line) => line.file);
    expect(errored.sort()).toEqual([...emptyDir, ...Object.keys(ERRORS)].sort());
  });

  it('accounts for every file: each is checked against some source above', () => {
    const dorny = dornyExpectations();
    const covered = new Set([
      ...dorny.keys(),
      ...Object.keys(MIKEPENZ),
      ...Object.keys(SELF_DECLARED),
      ...Object.keys(ERRORS),
    ]);
    const unchecked = files.filter(
      (file) => !covered.has(file) && !file.startsWith('dorny-test-reporter/fixtures/empty/'),
    );
    expect(unchecked).toEqual([]);
  });
});
