import { escapeCell, Summary } from '../platform/summary.js';
import type { RiskReport } from './assess.js';

/** The sticky comment's marker name: a re-run finds and updates its comment by it. */
export const RISK_COMMENT_MARKER = 'risk-gate';

const MAX_ROWS = 50;
const DECISION_TEXT = {
  approve: 'approve — low risk, no further review needed',
  deploy: 'deploy — may go to the deployment environment',
  review: 'review — needs a human review',
  block: 'block — a policy denies this change',
} as const;

/** The sticky PR comment: score, decision, findings table, what shadow mode would have blocked. */
export function renderRiskComment(report: RiskReport): string {
  return renderRiskMarkdown(report, 2).toMarkdown();
}

/** Shared by the comment and the job summary. */
export function renderRiskMarkdown(report: RiskReport, level: 1 | 2 = 2): Summary {
  const summary = new Summary();
  summary.heading(`Kintsugi risk-gate: ${report.score}/100 → ${report.decision}`, level);
  summary.paragraph(
    `**Decision:** ${DECISION_TEXT[report.decision]} · **risk:** ${report.level} · **mode:** ${report.mode} · approve below ${report.thresholds.approveBelow}, deploy below ${report.thresholds.deployBelow}`,
  );
  if (report.blocked)
    summary.paragraph(`**Blocked by:** ${report.denied.map((id) => `\`${id}\``).join(', ')}`);
  if (report.wouldBlock.length > 0) {
    summary.paragraph(
      `**Shadow mode would have blocked this PR:** ${report.wouldBlock.map((id) => `\`${id}\``).join(', ')} (reported as audit; nothing was enforced)`,
    );
  }
  const scored = report.findings.filter((f) => f.scored);
  const audits = report.findings.filter((f) => !f.scored);
  const rows = (list: typeof report.findings) =>
    list.slice(0, MAX_ROWS).map((f) => [
      f.severity,
      `**${inert(f.title)}** — ${inert(f.message)}`.slice(0, 500),
      // A code span shows a path as it is; only a backtick could end it early.
      f.file ? `\`${f.file.replace(/`/g, "'")}${f.line ? `:${f.line}` : ''}\`` : '',
      `${f.source}${f.action ? ` (${f.action})` : ''}`,
    ]);
  if (scored.length === 0) summary.paragraph('No findings.');
  summary.table(['severity', 'finding', 'where', 'source'], rows(scored));
  if (scored.length > MAX_ROWS)
    summary.paragraph(`… and ${scored.length - MAX_ROWS} more findings (see the report artifact).`);
  if (audits.length > 0)
    summary.details(
      `Audit findings (not scored): ${audits.length}`,
      new Summary().table(['severity', 'finding', 'where', 'source'], rows(audits)).toMarkdown(),
    );
  const fired = report.policies.results.filter((r) => r.fired).length;
  const policyRows = report.policies.results.map((r) => [
    r.ruleId,
    r.fired ? 'fired' : 'quiet',
    r.appliedAction,
    r.error ? escapeCell(r.error).slice(0, 200) : '',
  ]);
  summary.details(
    `Policies: ${fired} of ${report.policies.results.length} fired${report.policies.digest ? ` · bundle sha256 ${report.policies.digest.slice(0, 12)}…` : ''}`,
    new Summary().table(['rule', 'result', 'action', 'error'], policyRows).toMarkdown(),
  );
  if (report.model) {
    summary.paragraph(
      report.model.used
        ? `Model review (${report.model.model ?? 'model'}): ${report.model.findings} finding(s); it can only raise the score.`
        : `Model review failed and was skipped: ${report.model.error ?? 'unknown error'}`,
    );
  }
  return summary;
}

/**
 * Finding text can carry words from the PR (a quoted hidden instruction, a skipped test's line,
 * the model's message): in our comment it must stay text. No HTML (a comment or tag could hide
 * or restyle what follows), no @mentions (a PR must not make us ping people).
 */
export function inert(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}
