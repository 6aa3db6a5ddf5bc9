import type { DiagnoseReport, JobDiagnosis } from '../diagnose/report.js';
import type { FlakyReport } from '../flaky/report.js';
import type { PatchReport } from '../patch/report.js';
import type { Logger } from '../platform/logger.js';
import type { RiskReport } from '../risk/assess.js';

export const SELF_HEAL_SCHEMA_VERSION = 1;

/** The parts of the pipeline, injected so that the action, the demo and the tests drive the same flow. */
export interface HealStages {
  /** Re-runs the failing tests; absent when no test command is known. */
  rerunFailingTests?: (diagnosis: DiagnoseReport) => Promise<FlakyReport>;
  patch: (diagnosis: DiagnoseReport) => Promise<PatchReport>;
  assessRisk: (patch: NonNullable<PatchReport['patch']>) => Promise<RiskReport>;
  /** Puts the risk on the PR (labels, sticky comment); absent offline. */
  reportRiskOnPullRequest?: (
    pullRequest: NonNullable<PatchReport['pullRequest']>,
    risk: RiskReport,
  ) => Promise<void>;
}

export type SelfHealOutcome =
  'healed' | 'flaky-only' | 'not-healed' | 'skipped' | 'nothing-to-heal';

export interface SelfHealReport {
  schemaVersion: typeof SELF_HEAL_SCHEMA_VERSION;
  outcome: SelfHealOutcome;
  message: string;
  diagnosis: Pick<
    DiagnoseReport,
    'category' | 'confidence' | 'summary' | 'failingTests' | 'tools'
  > & { jobs: string[] };
  flaky?: {
    verdict: FlakyReport['verdict'];
    flaky: string[];
    realFailures: string[];
    reruns: number;
  };
  /** The checks handed to patch, after flaky-only test jobs were taken out. */
  patchedChecks: string[];
  patch?: PatchReport;
  risk?: Pick<RiskReport, 'score' | 'decision' | 'level' | 'findings' | 'blocked'>;
}

function isTestJob(job: JobDiagnosis, diagnosis: DiagnoseReport): boolean {
  return (
    job.category === 'test' ||
    job.category === 'flaky-suspect' ||
    (diagnosis.jobs.length === 1 && diagnosis.failingTests.length > 0)
  );
}

function sameTest(a: string, b: string): boolean {
  // Reporters join suite and test names differently ("a > b", "a b", "file.a > b").
  const norm = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const [x, y] = [norm(a), norm(b)];
  return x === y || x.endsWith(y) || y.endsWith(x);
}

/** The test report and the log often name the same test twice ("file.suite > test", "suite > test"). */
function distinctTests(tests: DiagnoseReport['failingTests']): DiagnoseReport['failingTests'] {
  const kept: DiagnoseReport['failingTests'] = [];
  for (const test of tests)
    if (!kept.some((k) => sameTest(k.name, test.name) && k.file === test.file)) kept.push(test);
  return kept;
}

/**
 * Flaky: failed in the failed run or in the check, then passed on the same code. A test the failed
 * run reports failing that passes every run here is flaky too (its one failure was the CI's).
 */
export function flakyAgainstFailedRun(diagnosis: DiagnoseReport, flaky: FlakyReport): string[] {
  const names = new Set(flaky.tests.filter((t) => t.status === 'flaky').map((t) => t.name));
  for (const test of flaky.tests) {
    if (test.status !== 'passed') continue;
    const full = `${test.classname} ${test.name}`;
    if (diagnosis.failingTests.some((f) => sameTest(f.name, test.name) || sameTest(f.name, full)))
      names.add(test.name);
  }
  return [...names];
}

/**
 * Diagnosis → flaky check → patch → risk gate. A failure that is only flaky tests is re-run and
 * reported, never patched; the other failing checks go to patch; a validated patch is risk-scored.
 */
export async function selfHeal(
  diagnosis: DiagnoseReport,
  stages: HealStages,
  logger: Logger,
): Promise<SelfHealReport> {
  const report: SelfHealReport = {
    schemaVersion: SELF_HEAL_SCHEMA_VERSION,
    outcome: 'not-healed',
    message: '',
    diagnosis: {
      category: diagnosis.category,
      confidence: diagnosis.confidence,
      summary: diagnosis.summary,
      failingTests: distinctTests(diagnosis.failingTests),
      tools: diagnosis.tools,
      jobs: diagnosis.jobs.map((j) => j.name),
    },
    patchedChecks: [],
  };
  let jobs = diagnosis.jobs;
  const testJobs = jobs.filter((j) => isTestJob(j, diagnosis));
  if (testJobs.length > 0 && stages.rerunFailingTests) {
    const flaky = await logger.group('flaky check: re-running the failed tests', () =>
      stages.rerunFailingTests!(diagnosis),
    );
    report.flaky = {
      verdict: flaky.verdict,
      flaky: flakyAgainstFailedRun(diagnosis, flaky),
      realFailures: flaky.tests.filter((t) => t.status === 'failed').map((t) => t.name),
      reruns: flaky.summary.reruns,
    };
    if (flaky.verdict === 'flaky' || flaky.verdict === 'passed') {
      logger.info(
        `the test failures are flaky (${report.flaky.flaky.join(', ') || 'they pass on a re-run'}): not patching them`,
      );
      jobs = jobs.filter((j) => !testJobs.includes(j));
    }
  }
  if (diagnosis.jobs.length > 0 && jobs.length === 0) {
    report.outcome = 'flaky-only';
    report.message = `Only flaky tests failed (${report.flaky?.flaky.join(', ') || 'passing on re-run'}); re-run, recorded, nothing to patch.`;
    return report;
  }
  report.patchedChecks = jobs.map((j) => j.name);
  const patch = await logger.group(
    `patch: ${report.patchedChecks.join(', ') || diagnosis.category}`,
    () =>
      stages.patch({
        ...diagnosis,
        jobs,
        failingTests: jobs.some((j) => testJobs.includes(j)) ? diagnosis.failingTests : [],
      }),
  );
  report.patch = patch;
  if (patch.outcome === 'skipped') {
    report.outcome = 'skipped';
    report.message = patch.message;
    return report;
  }
  if (patch.outcome === 'not-reproduced') {
    report.outcome = 'nothing-to-heal';
    report.message = patch.message;
    return report;
  }
  if (!patch.patched || !patch.patch) {
    report.message = patch.message;
    return report;
  }
  const risk = await logger.group('risk gate on the patch', () => stages.assessRisk(patch.patch!));
  report.risk = {
    score: risk.score,
    decision: risk.decision,
    level: risk.level,
    findings: risk.findings,
    blocked: risk.blocked,
  };
  if (patch.pullRequest && stages.reportRiskOnPullRequest)
    await stages.reportRiskOnPullRequest(patch.pullRequest, risk);
  report.outcome = 'healed';
  report.message = `${patch.message}; risk ${risk.score}/100 (${risk.decision})${report.flaky?.flaky.length ? `; flaky, not patched: ${report.flaky.flaky.join(', ')}` : ''}`;
  return report;
}
