import path from 'node:path';
import { diagnoseLogs } from '../../diagnose/diagnose.js';
import { resolveLogFiles, type LogFile } from '../../diagnose/log-inputs.js';
import { warmScanWorkersFor } from '../../diagnose/scan-pool.js';
import type { ModelStepResult } from '../../diagnose/model-step.js';
import { diagnoseAnnotations, diagnoseSummary } from '../../diagnose/render.js';
import type { DiagnoseReport } from '../../diagnose/report.js';
import type { Octokit } from '../../github/octokit.js';
import type { WorkflowRunInfo } from '../../github/runs.js';
import { isModelConfigured } from '../../llm/model-choice.js';
import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import { ConfigError } from '../../platform/errors.js';
import { writeJsonReport, type AuditRecord } from '../../platform/report.js';
import type { DiagnoseSettings } from './settings.js';

// The GitHub client (with its HTTP stack), the model client and the test-report readers load only
// when the settings call for them: diagnosing local log files starts without them.

export async function execute(
  io: ActionIO,
  settings: Readonly<DiagnoseSettings>,
): Promise<ActionOutcome> {
  const started = Date.now();
  const workDir = path.join(io.context.tempDir, 'kintsugi', 'diagnose');
  const github = needsGitHub(settings) ? await connect(io, settings) : undefined;
  const notes: string[] = [];

  const files: LogFile[] = settings.logs.length
    ? await resolveLogFiles(settings.logs, io.context.workspace)
    : [];
  // A large log is scanned in worker threads (unless against a baseline): they start while the
  // test reports are read.
  if (settings.baselineLogs.length === 0 && settings.baseline !== 'auto')
    await warmScanWorkersFor(files.map((f) => f.path));
  let failedRun: WorkflowRunInfo | undefined;
  if (settings.runId !== undefined) {
    const { downloadFailedJobLogs } = await import('../../diagnose/github-logs.js');
    const downloaded = await downloadFailedJobLogs(github!.octokit, {
      ...github!.repo,
      runId: settings.runId,
      dir: path.join(workDir, `run-${settings.runId}`),
    });
    failedRun = downloaded.run;
    files.push(...downloaded.files);
    if (downloaded.files.length === 0 && files.length === 0)
      return {
        status: 'neutral',
        message: `run ${settings.runId} has no failed job: nothing to diagnose`,
      };
  }

  const baselines = await findBaselines(io, settings, github, failedRun, files, workDir, notes);
  const reportedTests =
    settings.testReports.length === 0
      ? []
      : await (
          await import('../../diagnose/test-reports.js')
        ).analyseTestReports(settings.testReports, io.context.workspace, (m) =>
          io.logger.warning(m),
        );
  const result = await diagnoseLogs(files, {
    maxExcerptLines: settings.maxExcerptLines,
    baselines,
    reportedTests,
  });
  notes.push(...result.notes);

  let model: ModelStepResult | undefined;
  const client = isModelConfigured(settings.modelChoice)
    ? (await import('../../llm/index.js')).modelClientFor(settings.modelChoice, io.logger)
    : undefined;
  if (client) {
    const { explainWithModel, readSourceSnippets } = await import('../../diagnose/model-step.js');
    model = await explainWithModel(
      client,
      result.report,
      result.logs.map((diagnosis, i) => ({ diagnosis, path: files[i]!.path })),
      {
        budgetTokens: settings.tokenBudget,
        sourceSnippets: await readSourceSnippets(io.context.workspace, result.report.locations),
        baselineNote:
          baselines.size > 0
            ? 'Lines that also occur in the last passing run were excluded from the excerpts.'
            : '',
      },
    );
    if (model.llm.rejected)
      notes.push(`model reply not used (${model.llm.rejected}); heuristic result kept`);
  }

  const report: DiagnoseReport = {
    ...result.report,
    ...(model?.category && model.category !== 'unknown'
      ? {
          category: model.category,
          confidence: Number(Math.max(result.report.confidence, model.confidence ?? 0).toFixed(2)),
        }
      : {}),
    llm: model?.llm ?? null,
    audit: audit(io, settings, started, model),
  };
  const reportPath = await writeJsonReport(
    path.join(io.context.tempDir, 'kintsugi', 'diagnose-report.json'),
    report,
  );
  io.setOutput('category', report.category);
  io.setOutput('summary', report.summary);
  io.setOutput('confidence', report.confidence);
  io.setOutput('failing-tests', report.failingTests);
  io.setOutput('report', reportPath);
  const summary = diagnoseSummary(report, notes);
  await io.writeSummary(summary);
  io.annotate(diagnoseAnnotations(report), 50);
  if (settings.comment) await comment(io, github, summary.toMarkdown());
  return { status: 'success', message: report.summary, report, reportPath };
}

function needsGitHub(settings: DiagnoseSettings): boolean {
  return settings.runId !== undefined || settings.baseline === 'auto' || settings.comment;
}

async function connect(
  io: ActionIO,
  settings: DiagnoseSettings,
): Promise<{ octokit: Octokit; repo: { owner: string; repo: string } } | undefined> {
  const repo = io.context.repository;
  if (!settings.githubToken || !repo) {
    if (settings.runId !== undefined)
      throw new ConfigError(
        'Input run-id needs github-token and GITHUB_REPOSITORY (owner/repo) to download the logs',
      );
    io.logger.warning(
      'baseline: auto and comment need github-token and GITHUB_REPOSITORY; skipped',
    );
    return undefined;
  }
  const { createOctokit } = await import('../../github/octokit.js');
  return {
    octokit: createOctokit({
      token: settings.githubToken,
      baseUrl: io.context.apiUrl,
      logger: io.logger,
    }),
    repo,
  };
}

async function findBaselines(
  io: ActionIO,
  settings: DiagnoseSettings,
  github: { octokit: Octokit; repo: { owner: string; repo: string } } | undefined,
  failedRun: WorkflowRunInfo | undefined,
  files: readonly LogFile[],
  workDir: string,
  notes: string[],
): Promise<Map<string, string>> {
  const baselines = new Map<string, string>();
  if (settings.baselineLogs.length > 0) {
    const passing = await resolveLogFiles(
      settings.baselineLogs,
      io.context.workspace,
      'baseline-logs',
    );
    for (const file of passing) baselines.set(file.job, file.path);
    // One passing log given for one failing log: compare them whatever their names.
    if (passing.length === 1 && files.length === 1) baselines.set(files[0]!.job, passing[0]!.path);
    return baselines;
  }
  if (settings.baseline !== 'auto' || !github) return baselines;
  const { getRun } = await import('../../github/runs.js');
  const run =
    failedRun ??
    (io.context.runId
      ? await getRun(github.octokit, { ...github.repo, runId: Number(io.context.runId) })
      : undefined);
  if (!run) {
    notes.push('baseline: auto needs run-id or GITHUB_RUN_ID to know the workflow and branch');
    return baselines;
  }
  const { downloadBaselineLogs } = await import('../../diagnose/github-logs.js');
  const found = await downloadBaselineLogs(github.octokit, {
    ...github.repo,
    run,
    jobNames: [...new Set(files.map((f) => f.job))],
    dir: path.join(workDir, 'baseline'),
  });
  notes.push(found.note);
  return found.baselines;
}

async function comment(
  io: ActionIO,
  github: { octokit: Octokit; repo: { owner: string; repo: string } } | undefined,
  body: string,
): Promise<void> {
  const issueNumber = pullRequestNumber(io.context.payload);
  if (!github || issueNumber === undefined) {
    io.logger.info('comment: no pull request in this event; no sticky comment written');
    return;
  }
  const { upsertStickyComment } = await import('../../github/sticky-comment.js');
  const result = await upsertStickyComment(github.octokit, {
    ...github.repo,
    issueNumber,
    marker: 'diagnose',
    body,
  });
  io.logger.info(`comment: ${result.created ? 'posted' : 'updated'} ${result.url}`);
}

function pullRequestNumber(payload: Record<string, unknown>): number | undefined {
  const pr = payload.pull_request as { number?: number } | undefined;
  if (typeof pr?.number === 'number') return pr.number;
  const run = payload.workflow_run as { pull_requests?: { number?: number }[] } | undefined;
  const fromRun = run?.pull_requests?.[0]?.number;
  if (typeof fromRun === 'number') return fromRun;
  const issue = payload.issue as { number?: number; pull_request?: unknown } | undefined;
  return issue?.pull_request && typeof issue.number === 'number' ? issue.number : undefined;
}

function audit(
  io: ActionIO,
  settings: DiagnoseSettings,
  started: number,
  model: ModelStepResult | undefined,
): AuditRecord {
  const ctx = io.context;
  return {
    time: new Date(started).toISOString(),
    action: 'diagnose',
    ...(ctx.actor ? { actor: ctx.actor } : {}),
    ...(ctx.repository ? { repository: `${ctx.repository.owner}/${ctx.repository.repo}` } : {}),
    ...(ctx.sha ? { commit: ctx.sha } : {}),
    ...(settings.runId !== undefined
      ? { runId: String(settings.runId) }
      : ctx.runId
        ? { runId: ctx.runId }
        : {}),
    ...(model ? { model: settings.model } : {}),
    ...(model?.usage?.promptHash ? { promptHash: model.usage.promptHash } : {}),
    tokensIn: model?.usage?.tokensIn ?? 0,
    tokensOut: model?.usage?.tokensOut ?? 0,
    estimatedCostUsd: model?.usage?.estimatedCostUsd ?? 0,
    durationMs: Date.now() - started,
    outcome: 'success',
    links:
      ctx.repository && ctx.runId
        ? [
            `${ctx.serverUrl}/${ctx.repository.owner}/${ctx.repository.repo}/actions/runs/${settings.runId ?? ctx.runId}`,
          ]
        : [],
  };
}
