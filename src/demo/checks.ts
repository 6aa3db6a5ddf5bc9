import type { DemoResult } from './render.js';

const FLAKY_TEST = /reserves stock/;
const FIXED_FILES = ['src/format.ts', 'src/cart.ts'];

/**
 * What the demo must show, checked stage by stage: each unmet expectation is a problem, and any
 * problem makes the demo exit non-zero.
 */
export function checkDemo(result: DemoResult, actionFailure?: string): string[] {
  const problems: string[] = [];
  const expect = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };
  if (actionFailure) problems.push(`the action returned no report (${actionFailure})`);
  const { heal } = result;
  const failedJobs = result.jobs.filter((j) => j.exitCode !== 0).map((j) => j.name);
  expect(
    ['format', 'lint', 'test'].every((j) => failedJobs.includes(j)),
    `the sample CI should fail format, lint and test; failed: ${failedJobs.join(', ') || 'none'}`,
  );
  for (const job of ['format', 'lint'])
    expect(heal.diagnosis.jobs.includes(job), `diagnose did not name the ${job} failure`);
  expect(
    heal.diagnosis.failingTests.some((t) => FLAKY_TEST.test(t.name)),
    'diagnose did not name the flaky test (inventory: reserves stock...)',
  );
  expect(
    heal.flaky?.flaky.some((t) => FLAKY_TEST.test(t)) ?? false,
    `the flaky check did not classify the inventory test flaky (${heal.flaky ? `verdict ${heal.flaky.verdict}` : 'not run'})`,
  );
  expect(!heal.patchedChecks.includes('test'), 'the flaky test job was handed to patch');
  const patch = heal.patch?.patch;
  for (const file of FIXED_FILES)
    expect(patch?.files.includes(file) ?? false, `the patch does not fix ${file}`);
  const validation = patch?.validation ?? [];
  for (const command of ['format:check', 'lint'])
    expect(
      validation.some((v) => v.command.includes(command) && v.passed),
      `no green validation of npm run ${command}`,
    );
  expect(validation.length > 0 && validation.every((v) => v.passed), 'a validation command is red');
  const pr = result.pullRequest;
  expect(pr !== undefined, 'no PR on the GitHub stand-in');
  for (const file of FIXED_FILES)
    expect(pr?.files.includes(file) ?? false, `the PR does not change ${file}`);
  expect(
    typeof heal.risk?.score === 'number' && heal.risk.score >= 0 && heal.risk.score <= 100,
    'no risk score',
  );
  expect(
    pr?.labels.some((l) => /^risk:(low|medium|high)$/.test(l)) ?? false,
    'the PR has no risk:* label',
  );
  expect(heal.outcome === 'healed', `the pipeline ended ${heal.outcome}: ${heal.message}`);
  return problems;
}
