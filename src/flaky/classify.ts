/** What one execution of a test ended as. */
export type AttemptStatus = 'passed' | 'failed' | 'skipped';

/** What a test is, judged over all its executions. */
export type Verdict = 'passed' | 'flaky' | 'failed' | 'skipped';

/**
 * The verdict over a test's attempts, in the order they ran. Skipped attempts say nothing about the
 * test, so they are ignored unless they are all there is. A test that both failed and passed is
 * flaky whatever the order; one that failed every attempt it ran is failed. Pure and total: the Lean
 * helper proves "never both flaky and failed" against the vectors file this function produces.
 */
export function classifyAttempts(attempts: readonly AttemptStatus[]): Verdict {
  let passed = false;
  let failed = false;
  for (const status of attempts) {
    if (status === 'passed') passed = true;
    else if (status === 'failed') failed = true;
  }
  if (passed && failed) return 'flaky';
  if (failed) return 'failed';
  if (passed) return 'passed';
  return 'skipped';
}
