import { Summary } from '../platform/summary.js';
import type { SelfHealReport } from './pipeline.js';

const OUTCOME_TEXT: Record<SelfHealReport['outcome'], string> = {
  healed: 'healed: a validated fix is ready',
  'flaky-only': 'flaky only: re-run and recorded, nothing to patch',
  'not-healed': 'not healed: no validated fix',
  skipped: 'skipped',
  'nothing-to-heal': 'nothing to heal: the failure does not reproduce',
};

/** The job summary: what failed, why, the flaky check, the fix, its risk, the PR. */
export function selfHealSummary(report: SelfHealReport): Summary {
  const summary = new Summary();
  summary.heading(`Kintsugi self-heal: ${OUTCOME_TEXT[report.outcome]}`, 2);
  summary.paragraph(report.message);
  const { diagnosis } = report;
  summary.table(
    ['stage', 'result'],
    [
      [
        'diagnose',
        `${diagnosis.category} (${diagnosis.confidence.toFixed(2)}): ${diagnosis.summary}`,
      ],
      [
        'flaky check',
        report.flaky
          ? `${report.flaky.verdict}; flaky: ${report.flaky.flaky.join(', ') || 'none'}; real failures: ${report.flaky.realFailures.join(', ') || 'none'}`
          : 'not run (no test command, or no test failed)',
      ],
      [
        'patch',
        report.patch?.patch
          ? `${report.patch.patch.source}: ${report.patch.patch.files.join(', ')} (${report.patch.patch.changedLines} lines)`
          : (report.patch?.message ?? 'not attempted'),
      ],
      [
        'validation',
        report.patch?.patch?.validation
          .map((v) => `${v.command}: ${v.passed ? 'green' : 'red'}`)
          .join('; ') || '—',
      ],
      ['risk', report.risk ? `${report.risk.score}/100 → ${report.risk.decision}` : '—'],
      ['PR', report.patch?.pullRequest?.url ?? '—'],
    ],
  );
  if (diagnosis.failingTests.length > 0)
    summary.details(
      'Failing tests in the failed run',
      diagnosis.failingTests.map((t) => `- ${t.name}`).join('\n'),
    );
  return summary;
}
