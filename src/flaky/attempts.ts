import { ConfigError } from '../platform/errors.js';
import { freshReportDir, outputTail, runInvocation } from './invoke.js';
import type { Attempt, TestOutcome } from './report.js';
import type { ResolvedRerunOptions } from './rerun.js';
import type { FrameworkAdapter, TestRef } from './runners/types.js';
import type { TrackedTest } from './verdict.js';

/* The re-run rounds: only tests still failing, each round fresh processes, results matched back. */

export function attemptOf(outcome: TestOutcome, run: number, isolated: boolean): Attempt {
  return {
    status: outcome.status,
    seconds: outcome.seconds,
    ...(outcome.message ? { message: outcome.message } : {}),
    run,
    isolated,
  };
}

/** Failed in every attempt so far (a report may already carry surefire re-runs that passed). */
export function isFailing(test: TrackedTest): boolean {
  return (
    test.attempts.some((a) => a.status === 'failed') &&
    !test.attempts.some((a) => a.status === 'passed')
  );
}

export async function rerunUntilDecided(
  adapter: FrameworkAdapter,
  failing: TrackedTest[],
  options: ResolvedRerunOptions,
): Promise<number> {
  let processes = 0;
  for (let run = 1; run <= options.reruns; run++) {
    const pending = failing.filter(isFailing);
    if (pending.length === 0) break;
    options.logger.info(
      `re-run ${run} of ${options.reruns}: ${pending.length} test(s) still failing`,
    );
    processes += await runRound(adapter, pending, options, run, 'rerun');
  }
  return processes;
}

/**
 * A new test that passed once may still be flaky: run it `runs` more times (all new tests in one
 * process per round); a single failure makes it flaky before it ever reaches the main branch.
 */
export async function runNewTests(
  adapter: FrameworkAdapter,
  tests: TrackedTest[],
  options: ResolvedRerunOptions,
  newTests: { isNew: (test: TestRef) => boolean; runs: number },
): Promise<number> {
  const chosen = tests.filter(
    (t) => newTests.isNew(t.ref) && t.attempts.every((a) => a.status === 'passed'),
  );
  if (chosen.length === 0) return 0;
  options.logger.info(
    `detect-new-flakes: running ${chosen.length} new test(s) ${newTests.runs} more time(s)`,
  );
  let processes = 0;
  for (let round = 1; round <= newTests.runs; round++)
    processes += await runRound(adapter, chosen, options, round, 'new');
  return processes;
}

/**
 * One round: the adapter's re-run of `tests`, in fresh processes with a fresh report directory;
 * each test gets the attempt its outcome (or its absence) says. Returns the processes started. A
 * command that cannot be started is a configuration error, not a failure of every test in it.
 */
async function runRound(
  adapter: FrameworkAdapter,
  tests: TrackedTest[],
  options: ResolvedRerunOptions,
  round: number,
  label: 'rerun' | 'new',
): Promise<number> {
  const reportDir = await freshReportDir(options.tempDir, `${label}-${round}`);
  const invocations = adapter.rerun(
    options.command ?? adapter.defaultCommand,
    tests.map((t) => t.ref),
    { cwd: options.cwd, reportDir },
  );
  const outcomes: TestOutcome[] = [];
  const timedOut: number[] = [];
  for (const invocation of invocations) {
    const result = await runInvocation(invocation, {
      cwd: options.cwd,
      timeoutMs: options.timeoutMs,
      runner: options.processRunner,
      logger: options.logger,
    });
    if (result.process.notFound)
      throw new ConfigError(
        `The re-run command could not be started (exit 127): ${invocation.command}\n${outputTail(result.process, 2)}`,
      );
    if (result.process.timedOut) timedOut.push(result.process.seconds);
    outcomes.push(...result.outcomes);
  }
  for (const test of tests) {
    const attempt = rerunAttempt(test, outcomes, round, timedOut);
    test.attempts.push(attempt);
    if (attempt.status === 'failed' && !attempt.missing)
      test.failureTexts.push(attempt.message ?? '');
  }
  return invocations.length;
}

function rerunAttempt(
  test: TrackedTest,
  outcomes: readonly TestOutcome[],
  run: number,
  timedOut: number[],
): Attempt {
  const found = matchOutcome(test.ref, outcomes);
  if (found) return attemptOf(found, run, true);
  if (timedOut.length > 0) {
    return {
      status: 'failed',
      seconds: timedOut[0]!,
      message: 'killed at the timeout before reporting this test',
      run,
      isolated: true,
      timedOut: true,
      missing: true,
    };
  }
  // Never let a filter that selected nothing pass for a pass: count it as a failure.
  return {
    status: 'failed',
    seconds: 0,
    message: 'the re-run did not report this test (its filter selected nothing?)',
    run,
    isolated: true,
    missing: true,
  };
}

/** Same test in another result file: same key; else same name in a file of the same base name. */
export function matchOutcome(
  ref: TestRef,
  outcomes: readonly TestOutcome[],
): TestOutcome | undefined {
  const usable = outcomes.filter((o) => o.status !== 'skipped');
  const base = (file?: string) => (file ? file.split(/[\\/]/).pop() : undefined);
  return (
    usable.find(
      (o) => o.name === ref.name && o.classname === ref.classname && o.file === ref.file,
    ) ??
    usable.find((o) => o.name === ref.name && o.classname === ref.classname) ??
    usable.find((o) => o.name === ref.name && base(o.file) === base(ref.file))
  );
}
