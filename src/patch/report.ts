import type { DiagnoseReport } from '../diagnose/report.js';
import type { AuditRecord } from '../platform/report.js';
import type { Isolation } from './commands.js';
import type { AppliedEdit } from './model-edits.js';
import type { PatchRisk, PatchSource } from './safety.js';
import type { Baseline, CheckResult } from './validate.js';

export const PATCH_SCHEMA_VERSION = 1;

export interface FixerRecord {
  id: string;
  status: 'ran' | 'skipped';
  command?: string;
  exitCode?: number | null;
  reason?: string;
}

/** One try at a patch: the deterministic fixers together, or one model reply. */
export interface PatchAttempt {
  number: number;
  source: 'fixers' | 'model';
  outcome:
    | 'accepted'
    | 'partial'
    | 'no-change'
    | 'rejected'
    | 'edit-failed'
    | 'validation-failed'
    | 'model-error';
  /** Why it was not accepted (safety, edit application, validation). */
  reasons: string[];
  fixers?: FixerRecord[];
  explanation?: string;
  edits?: AppliedEdit[];
  files?: string[];
  validation?: CheckResult[];
}

export interface PullRequestRecord {
  number: number;
  url: string;
  branch: string;
  base: string;
  commitSha: string;
  created: boolean;
}

export interface PatchReport {
  schemaVersion: typeof PATCH_SCHEMA_VERSION;
  mode: 'fix';
  patched: boolean;
  outcome: 'patched' | 'not-patched' | 'skipped' | 'not-reproduced';
  message: string;
  diagnosis: { category: DiagnoseReport['category']; summary: string; checks: string[] };
  branch: string;
  validation: { commands: string[]; baseline?: Baseline; isolation: Isolation; note?: string };
  attempts: PatchAttempt[];
  patch?: {
    source: PatchSource;
    files: string[];
    changedLines: number;
    risk: PatchRisk;
    validation: CheckResult[];
    diff: string;
  };
  patchPath?: string;
  pullRequest?: PullRequestRecord;
  audit: AuditRecord;
}

export const ISOLATION_NOTE: Record<Isolation, string> = {
  bwrap: 'validation ran without network (bubblewrap --unshare-net)',
  unshare: 'validation ran without network (unshare -rn)',
  none: 'validation ran WITH network access: neither bubblewrap nor unprivileged namespaces are available on this runner',
};

function fence(text: string): string {
  const marker = text.includes('```') ? '~~~~' : '```';
  return `${marker}\n${text.replace(/\n$/, '')}\n${marker}`;
}

function checkRows(results: CheckResult[], baseline?: Baseline): string[] {
  return results.map((r) => {
    const before = baseline?.failing.includes(r.command)
      ? 'failed'
      : baseline?.green.includes(r.command)
        ? 'passed'
        : '?';
    return `| \`${r.command.replace(/\|/g, '\\|')}\` | ${before} | ${r.passed ? 'passed' : 'failed'} | ${(r.durationMs / 1000).toFixed(1)} s |`;
  });
}

/** The model's own account of its change, quoted and marked as unverified. */
function modelExplanation(report: PatchReport): string[] {
  const accepted = report.attempts.find((a) => a.outcome === 'accepted' && a.source === 'model');
  if (!accepted?.explanation) return [];
  const quoted = accepted.explanation
    .slice(0, 2_000)
    .split('\n')
    .map((line) => `> ${line}`);
  return ["The model's explanation (not verified; the validation below is):", '', ...quoted, ''];
}

/** The PR body: what failed, what changed and how risky it is, and the proof that it is green again. */
export function pullRequestBody(report: PatchReport, marker: string): string {
  const patch = report.patch!;
  const diagnosis = report.diagnosis;
  const lines = [
    marker,
    `Kintsugi healed the failing check${diagnosis.checks.length > 1 ? 's' : ''} **${diagnosis.checks.join(', ') || diagnosis.category}**.`,
    '',
    '### Diagnosis',
    `${diagnosis.summary} (category \`${diagnosis.category}\`)`,
    '',
    '### The patch',
    `Written by ${patch.source === 'model' ? 'the model, applied and checked by Kintsugi' : `deterministic fixers (${patch.source})`}; ${patch.files.length} file(s), ${patch.changedLines} changed line(s).`,
    '',
    `**Risk ${patch.risk.score}/100 (${patch.risk.level})**: ${patch.risk.reasons.join('; ')}.`,
    '',
    ...modelExplanation(report),
    '### Validation',
    ISOLATION_NOTE[report.validation.isolation] + '.',
    '',
    '| command | before | after | time |',
    '| --- | --- | --- | --- |',
    ...checkRows(patch.validation, report.validation.baseline),
    '',
    `<details><summary>Diff</summary>\n\n${fence(patch.diff.slice(0, 40_000))}\n\n</details>`,
    '',
    `Attempts: ${report.attempts.length}. Re-running Kintsugi on the same failure updates this PR.`,
  ];
  return lines.join('\n').slice(0, 65_000);
}
