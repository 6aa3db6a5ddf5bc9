import { exceeds, type CountOrPercent } from '../platform/inputs.js';
import { ConfigError } from '../platform/errors.js';
import os from 'node:os';
import path from 'node:path';
import { silentLogger, type Logger } from '../platform/logger.js';
import type { AuditRecord } from '../platform/report.js';
import { testKey } from './aggregate.js';
import { freshReportDir, outputTail, runInvocation } from './invoke.js';
import { createProcessRunner, type ProcessRunner } from './process.js';
import { FLAKY_SCHEMA_VERSION, type FlakyReport, type TestOutcome } from './report.js';
import { buildReport, type TrackedTest } from './verdict.js';
import { attemptOf, isFailing, rerunUntilDecided, runNewTests } from './attempts.js';
import { findReportFiles, readOutcomesFromFile } from './report-files.js';
import { ReportFormatError } from './parsers/types.js';
import { adapterFor, detectFramework } from './runners/registry.js';
import type { FrameworkAdapter, FrameworkId, TestRef } from './runners/types.js';

export interface RerunOptions {
  /** Runs the suite; or give `reports` of a run that already happened (both: run, then read them). */
  command?: string;
  reports?: readonly string[];
  framework: FrameworkId | 'auto';
  cwd: string;
  reruns: number;
  timeoutMs: number;
  maxFailures: CountOrPercent;
  /** Test names or globs whose failures are reported but do not count. */
  quarantine?: readonly string[];
  /** Starts each attempt's process; default: real processes, one process group each. */
  processRunner?: ProcessRunner;
  logger?: Logger;
  /** Where per-attempt result files go; default: a kintsugi-flaky folder in the OS temp dir. */
  tempDir?: string;
  audit?: Partial<AuditRecord>;
  /** detect-new-flakes: run passing tests that are new since the base this many extra times. */
  newTests?: { isNew: (test: TestRef) => boolean; runs: number };
}

export type ResolvedRerunOptions = RerunOptions &
  Required<Pick<RerunOptions, 'processRunner' | 'logger' | 'tempDir'>>;

/**
 * Run (or read) the suite, re-run only the failed tests with the framework's own filter, each attempt
 * a fresh process, and say which failures are flaky and which are real. Mass failures (above
 * max-failures) are not re-run: the run is broken.
 */
export async function rerunFailedTests(given: RerunOptions): Promise<FlakyReport> {
  const started = Date.now();
  const options: ResolvedRerunOptions = {
    ...given,
    processRunner: given.processRunner ?? createProcessRunner(),
    logger: given.logger ?? silentLogger,
    tempDir: given.tempDir ?? path.join(os.tmpdir(), 'kintsugi-flaky'),
  };
  if (!options.command && (!options.reports || options.reports.length === 0)) {
    throw new ConfigError('Input required and not supplied: command (or reports)');
  }
  const frameworkId =
    options.framework === 'auto'
      ? detectFramework(options.command, options.cwd)
      : options.framework;
  const adapter = adapterFor(frameworkId);
  const context = { ...options, started, framework: frameworkId };
  const initial = options.command
    ? await runSuite(options.command, adapter, options)
    : await readGivenReports(options);
  if ('broken' in initial)
    return buildReport({ ...context, tests: [], broken: initial.broken, reruns: 0 });
  const tests = withoutContainers(trackOutcomes(initial.outcomes), frameworkId);
  const failing = tests.filter((test) => isFailing(test));
  if (isMassFailure(options.maxFailures, failing.length, tests.length)) {
    const limit =
      options.maxFailures.kind === 'percent'
        ? `${options.maxFailures.value}%`
        : String(options.maxFailures.value);
    const broken = `${failing.length} of ${tests.length} tests failed, above max-failures ${limit}: a mass failure is treated as broken, not flaky, and nothing was re-run`;
    options.logger.warning(broken);
    return buildReport({ ...context, tests, broken, reruns: 0 });
  }
  const reruns = await rerunUntilDecided(adapter, failing, options);
  const extra = options.newTests ? await runNewTests(adapter, tests, options, options.newTests) : 0;
  return buildReport({ ...context, tests, reruns: reruns + extra });
}

async function runSuite(
  command: string,
  adapter: FrameworkAdapter,
  options: ResolvedRerunOptions,
): Promise<{ outcomes: TestOutcome[] } | { broken: string }> {
  const reportDir = await freshReportDir(options.tempDir, 'suite');
  const invocation = options.reports?.length
    ? { command, results: { kind: 'glob' as const, patterns: [...options.reports] } }
    : adapter.suite(command, { cwd: options.cwd, reportDir });
  const run = await runInvocation(invocation, {
    cwd: options.cwd,
    timeoutMs: options.timeoutMs,
    runner: options.processRunner,
    logger: options.logger,
  });
  if (run.process.notFound) {
    throw new ConfigError(
      `Input command ${JSON.stringify(command)} could not be started: the shell did not find the program (exit 127): ${outputTail(run.process, 2)}`,
    );
  }
  if (run.process.timedOut) {
    return {
      broken: `the test command was killed at the timeout (${Math.round(options.timeoutMs / 1000)}s): a test hangs or the suite is slower than the timeout; ${run.outcomes.length} results were written before that`,
    };
  }
  if (run.outcomes.length === 0) {
    return {
      broken: `the test command exited with ${String(run.process.exitCode)} and reported no test results (${run.problem ?? 'no tests ran'}); last output:\n${outputTail(run.process)}`,
    };
  }
  return { outcomes: run.outcomes };
}

async function readGivenReports(
  options: ResolvedRerunOptions,
): Promise<{ outcomes: TestOutcome[] }> {
  const patterns = options.reports ?? [];
  const files = await findReportFiles(patterns, options.cwd);
  if (files.length === 0)
    throw new ConfigError(
      `Input reports got ${JSON.stringify(patterns.join('\n'))}: no files match it in ${options.cwd}; accepted: paths or globs of result files (JUnit XML, TRX, NUnit, jest/vitest/mocha JSON, go test -json)`,
    );
  const outcomes: TestOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push(...(await readOutcomesFromFile(file)));
    } catch (error) {
      if (error instanceof ReportFormatError)
        throw new ConfigError(`Input reports: ${error.message}`);
      throw error;
    }
  }
  if (outcomes.length === 0)
    throw new ConfigError(
      `Input reports: ${files.length} file(s) matched but none holds a test result`,
    );
  return { outcomes };
}

function trackOutcomes(outcomes: readonly TestOutcome[]): TrackedTest[] {
  const byKey = new Map<string, TrackedTest>();
  for (const outcome of outcomes) {
    const key = testKey(outcome);
    const test = byKey.get(key) ?? { ref: toRef(outcome), attempts: [], failureTexts: [] };
    test.attempts.push(attemptOf(outcome, 0, false));
    if (outcome.status === 'failed')
      test.failureTexts.push(outcome.details ?? outcome.message ?? '');
    byKey.set(key, test);
  }
  return [...byKey.values()];
}

/**
 * go reports a parent test as failed when a subtest fails: the parent is a container, not a second
 * test, so it is left out (it would otherwise double every flaky subtest).
 */
function withoutContainers(tests: TrackedTest[], framework: FrameworkId): TrackedTest[] {
  if (framework !== 'go') return tests;
  const names = new Set(tests.map((t) => `${t.ref.classname}\u0000${t.ref.name}`));
  const parents = new Set(
    [...names].flatMap((key) => {
      const cut = key.lastIndexOf('/');
      return cut > key.indexOf('\u0000') ? [key.slice(0, cut)] : [];
    }),
  );
  return tests.filter((t) => !parents.has(`${t.ref.classname}\u0000${t.ref.name}`));
}

function toRef(outcome: TestOutcome): TestRef {
  return {
    name: outcome.name,
    classname: outcome.classname,
    ...(outcome.file || outcome.failureFile
      ? { file: (outcome.file ?? outcome.failureFile)! }
      : {}),
    ...(outcome.line ? { line: outcome.line } : {}),
  };
}

/** A percentage needs more than this many failures: 1 of 5 failing is 20%, but not a mass failure. */
export const MASS_FAILURE_FLOOR = 5;

export function isMassFailure(limit: CountOrPercent, failed: number, total: number): boolean {
  if (limit.kind === 'percent' && failed <= MASS_FAILURE_FLOOR) return false;
  return exceeds(limit, failed, total);
}

export { FLAKY_SCHEMA_VERSION };
export { matchOutcome } from './attempts.js';
