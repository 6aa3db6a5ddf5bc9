/** The lean-prove report, job summary, PR comment and annotations, from one result. */
import type { Annotation } from '../platform/annotations.js';
import type { AuditRecord } from '../platform/report.js';
import { Summary, escapeCell } from '../platform/summary.js';
import type { LeanProveResult } from './lean-prove.js';
import type { DeclarationResult, DeclarationStatus } from './types.js';

export const LEAN_REPORT_SCHEMA_VERSION = 1;
/** The sticky PR comment's purpose; the github helper turns it into the hidden marker line. */
export const COMMENT_MARKER = 'lean-prove';

export interface LeanProveReport {
  schemaVersion: 1;
  project: string;
  toolchain: string;
  counts: LeanProveResult['counts'];
  verdict: LeanProveResult['verdict'];
  cache: LeanProveResult['cache'];
  files: { file: string; outcome: string; seconds: number; detail?: string }[];
  declarations: DeclarationResult[];
  axiomsChecked: string[];
  comparison?: LeanProveResult['comparison'];
  proofs?: {
    proposals: NonNullable<LeanProveResult['proofs']>['proposals'];
    checks: NonNullable<LeanProveResult['proofs']>['checks'];
    patchFile?: string;
    /** The draft PR with the proofs (llm-proofs: pr); null when none could be opened. */
    pullRequest?: string | null;
  };
  audit: AuditRecord;
}

const ICON: Record<DeclarationStatus, string> = {
  proved: '✅ proved',
  sorry: '🟡 sorry',
  error: '❌ error',
  timeout: '⏱ timeout',
};
const ORDER: Record<DeclarationStatus, number> = { error: 0, timeout: 1, sorry: 2, proved: 3 };

export function buildReport(
  project: string,
  result: LeanProveResult,
  audit: AuditRecord,
  patchFile?: string,
): LeanProveReport {
  return {
    schemaVersion: LEAN_REPORT_SCHEMA_VERSION,
    project,
    toolchain: result.toolchain,
    counts: result.counts,
    verdict: result.verdict,
    cache: result.cache,
    files: result.head.files.map((f) => ({
      file: f.file,
      outcome: f.outcome,
      seconds: Number(f.seconds.toFixed(2)),
      ...(f.detail ? { detail: f.detail } : {}),
    })),
    declarations: result.head.declarations,
    axiomsChecked: result.head.axiomsChecked,
    ...(result.comparison ? { comparison: result.comparison } : {}),
    ...(result.proofs
      ? {
          proofs: {
            proposals: result.proofs.proposals,
            checks: result.proofs.checks,
            ...(patchFile ? { patchFile } : {}),
          },
        }
      : {}),
    audit,
  };
}

function sorted(declarations: DeclarationResult[]): DeclarationResult[] {
  return [...declarations].sort(
    (a, b) => ORDER[a.status] - ORDER[b.status] || a.file.localeCompare(b.file) || a.line - b.line,
  );
}

/** Markdown shared by the job summary and the sticky comment. */
export function renderMarkdown(
  report: LeanProveReport,
  options: { maxRows?: number } = {},
): string {
  const s = new Summary();
  const { proved, sorry, error, timeout } = report.counts;
  s.heading(
    `Lean proofs: ${proved} proved, ${sorry} sorry, ${error} failed, ${timeout} timed out`,
    2,
  );
  s.paragraph(
    `${report.verdict.failed ? '❌' : '✅'} ${report.verdict.reason} · toolchain \`${report.toolchain}\` · project \`${report.project}\``,
  );
  const c = report.comparison;
  if (c) {
    const names = (list: { name: string }[]) =>
      list.length ? list.map((x) => `\`${x.name}\``).join(', ') : 'none';
    s.list([
      `New sorries against \`${c.baseRef}\`: ${names(c.newSorries)}`,
      `Newly broken: ${names(c.newlyBroken)}`,
      `Newly proved: ${names(c.newlyProved)}`,
    ]);
  }
  const rows = sorted(report.declarations);
  const max = options.maxRows ?? 200;
  s.table(
    ['Declaration', 'Status', 'Where', 'Why'],
    rows
      .slice(0, max)
      .map((d) => [`\`${d.name}\``, ICON[d.status], `${d.file}:${d.line}`, d.reason ?? '']),
  );
  if (rows.length > max) s.paragraph(`… and ${rows.length - max} more in the report.`);
  const slow = report.files.filter((f) => f.outcome !== 'ok');
  if (slow.length)
    s.details(
      'Files that did not build',
      slow
        .map(
          (f) =>
            `- ${escapeCell(f.file)}: ${f.outcome}${f.detail ? ` (${escapeCell(f.detail)})` : ''}`,
        )
        .join('\n'),
    );
  const proofs = report.proofs;
  if (proofs) {
    const accepted = proofs.proposals.map(
      (p) => `- \`${p.theorem}\` (${p.file}:${p.line}):\n\n\`\`\`lean\n${p.proof}\n\`\`\``,
    );
    const refused = proofs.checks.filter((x) => !x.accepted).length;
    s.heading('Proofs proposed by the model (each checked by Lean)', 3);
    s.paragraph(accepted.length ? accepted.join('\n') : 'No candidate passed Lean.');
    s.paragraph(
      `${refused} candidate(s) refused by Lean or the screen.${proofs.patchFile ? ` Patch: \`${proofs.patchFile}\`.` : ''}${proofs.pullRequest ? ` Draft PR: ${proofs.pullRequest}` : ''}`,
    );
  }
  return s.toMarkdown();
}

export function renderComment(report: LeanProveReport): string {
  return renderMarkdown(report, { maxRows: 60 });
}

/** Errors, timeouts and sorries at Lean's positions (Lean columns are 0-based, GitHub's 1-based). */
export function leanAnnotations(result: LeanProveResult, projectPath: string): Annotation[] {
  const prefix = projectPath && projectPath !== '.' ? `${projectPath}/` : '';
  const annotations: Annotation[] = [];
  for (const check of result.head.files) {
    for (const m of check.messages) {
      if (m.line === undefined || (m.severity !== 'error' && !m.sorry)) continue;
      const sameLine = m.endLine === undefined || m.endLine === m.line;
      annotations.push({
        level: m.severity === 'error' ? 'error' : 'warning',
        title: m.heartbeatTimeout
          ? 'Lean: heartbeat timeout'
          : m.sorry
            ? 'Lean: sorry'
            : `Lean${m.name ? ` (${m.name})` : ''}`,
        message: m.text,
        file: `${prefix}${check.file}`,
        line: m.line,
        ...(m.endLine !== undefined ? { endLine: m.endLine } : {}),
        // GitHub accepts columns only on single-line annotations.
        ...(sameLine && m.column !== undefined ? { column: m.column + 1 } : {}),
        ...(sameLine && m.endColumn !== undefined ? { endColumn: m.endColumn + 1 } : {}),
        relevance: m.severity === 'error' ? 2 : 1,
      });
    }
    if (check.outcome === 'timeout') {
      annotations.push({
        level: 'error',
        title: 'Lean: file budget',
        message: check.detail ?? 'timed out',
        file: `${prefix}${check.file}`,
        line: 1,
        relevance: 3,
      });
    }
  }
  for (const d of result.head.declarations) {
    if (d.reason?.startsWith('depends on sorryAx')) {
      annotations.push({
        level: 'warning',
        title: 'Lean: depends on sorry',
        message: `${d.name} ${d.reason}`,
        file: `${prefix}${d.file}`,
        line: d.line,
      });
    }
  }
  return annotations;
}
