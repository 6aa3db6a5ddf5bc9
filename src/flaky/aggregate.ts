import { classifyAttempts } from './classify.js';
import type { CaseStatus, TestCaseResult, TestOutcome } from './report.js';

/** Same test = same file, class and name; a repeat of it is another attempt, not another test. */
export function testKey(test: {
  name: string;
  classname: string;
  file?: string;
  suite?: string;
}): string {
  return `${test.file ?? ''}\u0000${test.suite ?? ''}\u0000${test.classname}\u0000${test.name}`;
}

/** Group executions into unique tests, attempts in the order they appear. */
export function groupOutcomes(outcomes: readonly TestOutcome[]): TestCaseResult[] {
  const byKey = new Map<string, { outcomes: TestOutcome[] }>();
  for (const outcome of outcomes) {
    const key = testKey(outcome);
    const entry = byKey.get(key);
    if (entry) entry.outcomes.push(outcome);
    else byKey.set(key, { outcomes: [outcome] });
  }
  return [...byKey.values()].map(({ outcomes: runs }) => toCase(runs));
}

function toCase(runs: TestOutcome[]): TestCaseResult {
  const first = runs[0]!;
  const verdict = classifyAttempts(runs.map((run) => run.status));
  const failures = runs.filter((run) => run.status === 'failed');
  const lastFailure = failures[failures.length - 1];
  let status: CaseStatus = verdict;
  if (verdict === 'failed' && lastFailure?.errored) status = 'errored';
  const result: TestCaseResult = {
    name: first.name,
    classname: first.classname,
    status,
    attempts: runs.map((run) => ({
      status: run.status,
      seconds: run.seconds,
      ...(run.message !== undefined ? { message: run.message } : {}),
    })),
  };
  if (first.file !== undefined) result.file = first.file;
  const line = runs.find((run) => run.line !== undefined)?.line;
  if (line !== undefined) result.line = line;
  const message = lastFailure?.message ?? runs.find((run) => run.message)?.message;
  if (message !== undefined) result.message = message;
  return result;
}

export interface CaseCounts {
  tests: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
}

/** Disjoint counts over unique tests: tests = passed + failed + errored + skipped + flaky. */
export function countCases(cases: readonly TestCaseResult[]): CaseCounts {
  const counts: CaseCounts = {
    tests: cases.length,
    passed: 0,
    failed: 0,
    errored: 0,
    skipped: 0,
    flaky: 0,
  };
  for (const test of cases) counts[test.status]++;
  return counts;
}
