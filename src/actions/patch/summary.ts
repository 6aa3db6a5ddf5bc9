import { Summary } from '../../platform/summary.js';
import type { PatchReport } from '../../patch/report.js';

const OUTCOME_TITLE: Record<PatchReport['outcome'], string> = {
  patched: 'Patched',
  'not-patched': 'Could not patch',
  skipped: 'Skipped',
  'not-reproduced': 'Nothing to patch',
};

/** The job summary: verdict, the PR, the risk, the validation evidence and every attempt. */
export function patchSummary(report: PatchReport): Summary {
  const summary = new Summary()
    .heading(`Kintsugi patch: ${OUTCOME_TITLE[report.outcome]}`, 2)
    .paragraph(report.message);
  if (report.pullRequest) {
    summary.paragraph(
      `PR [#${report.pullRequest.number}](${report.pullRequest.url}) on \`${report.branch}\` (${report.pullRequest.created ? 'opened' : 'updated'}).`,
    );
  }
  if (report.patch) {
    summary.paragraph(
      `Risk **${report.patch.risk.score}/100 (${report.patch.risk.level})**: ${report.patch.risk.reasons.join('; ')}.`,
    );
    summary.table(
      ['validation command', 'before', 'after'],
      report.patch.validation.map((c) => [
        c.command,
        report.validation.baseline?.failing.includes(c.command) ? 'failed' : 'passed',
        c.passed ? 'passed' : 'failed',
      ]),
    );
  }
  if (report.validation.note) summary.paragraph(`_${report.validation.note}_`);
  summary.table(
    ['#', 'source', 'outcome', 'why'],
    report.attempts.map((a) => [
      a.number,
      a.source === 'fixers'
        ? `fixers: ${(a.fixers ?? []).map((f) => (f.status === 'ran' ? f.id : `${f.id} (skipped)`)).join(', ')}`
        : 'model',
      a.outcome,
      a.reasons.slice(0, 3).join('; '),
    ]),
  );
  if (report.patch?.diff)
    summary.details('Diff', `\`\`\`diff\n${report.patch.diff.slice(0, 20_000)}\n\`\`\``);
  return summary;
}
