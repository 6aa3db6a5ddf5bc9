import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DiagnoseReport } from '../diagnose/report.js';
import type { ModelClient } from '../llm/index.js';
import type { Logger } from '../platform/logger.js';
import { emptyUsage, type AuditRecord, type ModelUsage } from '../platform/report.js';
import { runFixers, runModel, type AttemptContext, type StageResult } from './attempts.js';
import { createCommandRunner, type CommandRunner } from './commands.js';
import {
  attemptsToday,
  ownBranchRefusal,
  recordAttempt,
  type DashboardEvents,
} from './loop-guard.js';
import { branchName, publishFix, type BranchFile, type PullRequestHost } from './publish.js';
import {
  ISOLATION_NOTE,
  PATCH_SCHEMA_VERSION,
  pullRequestBody,
  type PatchReport,
} from './report.js';
import { checkPatch, type PatchSource } from './safety.js';
import { deriveValidationCommands, measureBaseline } from './validate.js';
import { openWorkspace, type FileChange, type Workspace } from './workspace.js';
import type { HealSettings } from './heal-settings.js';

export { DEFAULT_HEAL_SETTINGS, type HealSettings } from './heal-settings.js';

export interface HealOptions {
  workspace: string;
  diagnosis: DiagnoseReport;
  settings: HealSettings;
  github?: { host: PullRequestHost; dashboard?: DashboardEvents };
  model?: ModelClient;
  runner?: CommandRunner;
  logger: Logger;
  /** Where the unified diff is written. */
  patchDirectory: string;
  audit?: Pick<AuditRecord, 'actor' | 'repository' | 'commit' | 'runId'>;
}

const COMMENT_MARKER = '<!-- kintsugi:patch -->';

/** Diagnosis → deterministic fixers → model edits → validation → commit and PR. Never throws after touching the tree without putting it back. */
export async function healFailure(options: HealOptions): Promise<PatchReport> {
  const started = Date.now();
  const { settings, diagnosis, logger } = options;
  const checks =
    diagnosis.jobs.length > 0 ? diagnosis.jobs.map((j) => j.name) : [diagnosis.category];
  const base = settings.base ?? settings.failedBranch;
  const branch = branchName(settings.branchPrefix, base, checks);
  const runner = options.runner ?? createCommandRunner();
  const report = newReport(diagnosis, checks, branch, runner);
  const finish = (usage: ModelUsage = emptyUsage()) => finishAudit(report, options, started, usage);

  const own = ownBranchRefusal(settings.failedBranch, settings.branchPrefix);
  if (own) {
    skip(report, own);
    return finish();
  }
  const workspace = await openWorkspace(options.workspace);
  await workspace.assertClean();
  const dashboard = options.github?.dashboard;
  if (dashboard) {
    const count = await attemptsToday(dashboard, branch);
    if (count >= settings.maxRunsPerDay) {
      skip(
        report,
        `${branch} already had ${count} healing runs in the last 24 hours (cap ${settings.maxRunsPerDay})`,
      );
      return finish();
    }
  }
  const commands =
    settings.validate.length > 0 ? settings.validate : deriveValidationCommands(diagnosis);
  const validation = { commands, timeoutMs: settings.validationTimeoutMs, root: workspace.root };
  report.validation.commands = commands;
  const baseline = await logger.group('validation before any change', () =>
    measureBaseline(validation, runner),
  );
  report.validation.baseline = baseline;
  // The tree was clean: whatever the commands wrote is theirs, not part of any patch.
  await workspace.rollback();
  if (baseline.failing.length === 0) {
    report.outcome = 'not-reproduced';
    report.message = `the failure does not reproduce here: every validation command passes before any change (${commands.join('; ')})`;
    return finish();
  }
  const ctx: AttemptContext = {
    workspace,
    diagnosis,
    runner,
    policy: {
      maxDiffLines: settings.maxDiffLines,
      allowedPaths: settings.allowedPaths,
      deniedPaths: settings.deniedPaths,
    },
    validation,
    baseline,
    logger,
    fixerTimeoutMs: settings.validationTimeoutMs,
    attempts: report.attempts,
  };
  let usage = emptyUsage();
  let accepted: StageResult = { accepted: false };
  try {
    accepted = await runFixers(ctx, settings.fixers);
    if (!accepted.accepted && settings.llm && options.model) {
      const result = await runModel(ctx, {
        model: options.model,
        maxAttempts: settings.maxAttempts,
        budgetTokens: settings.budgetTokens,
        feedback: accepted.feedback,
      });
      usage = result.usage;
      accepted = result;
    }
    if (accepted.accepted) await acceptPatch(report, options, workspace, accepted);
  } finally {
    if (!accepted.accepted) await workspace.rollback();
  }
  if (!accepted.accepted) {
    report.outcome = 'not-patched';
    report.message = notPatchedMessage(report, settings, Boolean(options.model));
  }
  if (dashboard) await recordAttempt(dashboard, branch, report.outcome);
  return finish(usage);
}

async function acceptPatch(
  report: PatchReport,
  options: HealOptions,
  workspace: Workspace,
  stage: StageResult,
): Promise<void> {
  const changes = await workspace.changes();
  const source: PatchSource = stage.source ?? 'model';
  const safety = checkPatch(
    changes,
    {
      maxDiffLines: options.settings.maxDiffLines,
      allowedPaths: options.settings.allowedPaths,
      deniedPaths: options.settings.deniedPaths,
    },
    source,
  );
  if (!safety.accepted)
    throw new Error(
      `internal: an accepted patch failed the final safety check: ${safety.reasons.join('; ')}`,
    );
  const diff = await workspace.diff();
  report.patched = true;
  report.outcome = 'patched';
  report.patch = {
    source,
    files: changes.map((c) => c.path),
    changedLines: safety.changedLines,
    risk: safety.risk,
    validation: stage.verdict?.results ?? [],
    diff,
  };
  await mkdir(options.patchDirectory, { recursive: true });
  report.patchPath = path.join(
    options.patchDirectory,
    `${report.branch.replace(/[^A-Za-z0-9._-]+/g, '_')}.diff`,
  );
  await writeFile(report.patchPath, diff, 'utf8');
  report.message = `patched ${changes.length} file(s) (${source}, risk ${safety.risk.score}/100); ${report.patch.validation.length} validation command(s) green`;
  if (options.settings.openPr && options.github) {
    report.pullRequest = await openPullRequest(report, options, workspace, changes);
    report.message += `; PR #${report.pullRequest.number} ${report.pullRequest.created ? 'opened' : 'updated'}`;
  }
}

async function openPullRequest(
  report: PatchReport,
  options: HealOptions,
  workspace: Workspace,
  changes: FileChange[],
): Promise<NonNullable<PatchReport['pullRequest']>> {
  const host = options.github!.host;
  const base =
    options.settings.base ?? options.settings.failedBranch ?? (await host.defaultBranch());
  const files: BranchFile[] = [];
  for (const change of changes) {
    const info = await stat(path.join(workspace.root, change.path)).catch(() => undefined);
    files.push({
      path: change.path,
      content: change.after ?? null,
      executable: info ? (info.mode & 0o111) !== 0 : false,
    });
  }
  const checks = report.diagnosis.checks.join(', ');
  const title = `Kintsugi: fix ${checks || report.diagnosis.category}`;
  const published = await publishFix(host, {
    branch: report.branch,
    base,
    baseSha: await workspace.headSha(),
    files,
    title,
    body: pullRequestBody(report, COMMENT_MARKER),
    commitMessage: `${title}\n\n${report.diagnosis.summary}\n\nRisk ${report.patch!.risk.score}/100; validated by: ${report.validation.commands.join('; ')}`,
    draft: options.settings.draft,
    labels: options.settings.labels,
    reviewers: options.settings.reviewers,
  });
  return { ...published, branch: report.branch, base };
}

function notPatchedMessage(report: PatchReport, settings: HealSettings, hasModel: boolean): string {
  const last = report.attempts[report.attempts.length - 1];
  const why = last
    ? `last attempt ${last.outcome}: ${last.reasons.slice(0, 3).join('; ') || 'no reason recorded'}`
    : 'no fixer applies to this failure';
  const model = settings.llm
    ? hasModel
      ? ''
      : ' (llm is on but no model client was configured)'
    : ' (model edits are off: set llm: on to let the model try)';
  return `could not heal ${report.diagnosis.checks.join(', ')}: ${why}${model}`;
}

function newReport(
  diagnosis: DiagnoseReport,
  checks: string[],
  branch: string,
  runner: CommandRunner,
): PatchReport {
  return {
    schemaVersion: PATCH_SCHEMA_VERSION,
    mode: 'fix',
    patched: false,
    outcome: 'not-patched',
    message: '',
    diagnosis: { category: diagnosis.category, summary: diagnosis.summary, checks },
    branch,
    validation: {
      commands: [],
      isolation: runner.isolation,
      note: ISOLATION_NOTE[runner.isolation],
    },
    attempts: [],
    audit: undefined as unknown as AuditRecord,
  };
}

function skip(report: PatchReport, why: string): PatchReport {
  report.outcome = 'skipped';
  report.message = why;
  return report;
}

function finishAudit(
  report: PatchReport,
  options: HealOptions,
  started: number,
  usage: ModelUsage,
): PatchReport {
  report.audit = {
    time: new Date(started).toISOString(),
    action: 'patch',
    ...options.audit,
    model: usage.model,
    promptHash: usage.promptHash,
    tokensIn: usage.tokensIn,
    tokensOut: usage.tokensOut,
    estimatedCostUsd: usage.estimatedCostUsd,
    durationMs: Date.now() - started,
    outcome: report.patched
      ? 'success'
      : report.outcome === 'not-patched'
        ? 'failure'
        : report.outcome === 'skipped'
          ? 'skipped'
          : 'neutral',
    links: report.pullRequest ? [report.pullRequest.url] : [],
  };
  return report;
}
