import path from 'node:path';
import { openDashboard } from '../../github/dashboard.js';
import { diagnoseAnnotations } from '../../diagnose/render.js';
import { createOctokit } from '../../github/octokit.js';
import { diagnoseFailure } from '../../heal/diagnose-failure.js';
import { selfHeal, type SelfHealReport } from '../../heal/pipeline.js';
import { composeHealStages, type PipelineEnvironment } from '../../heal/stages.js';
import { selfHealSummary } from '../../heal/summary.js';
import { modelClientFor } from '../../llm/index.js';
import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import { ConfigError, describeError } from '../../platform/errors.js';
import { writeJsonReport } from '../../platform/report.js';
import { ownBranchRefusal } from '../../patch/loop-guard.js';
import type { SelfHealSettings } from './settings.js';

/** The root action: diagnose the failed run, flaky check, patch, validate, risk-gate, PR. */
export async function execute(
  io: ActionIO,
  settings: Readonly<SelfHealSettings>,
): Promise<ActionOutcome> {
  const { heal } = settings.pipeline;
  const ownBranch = ownBranchRefusal(heal.failedBranch, heal.branchPrefix);
  if (ownBranch) return { status: 'neutral', message: `loop guard: ${ownBranch}` };
  if (settings.eventConclusion && settings.eventConclusion !== 'failure' && !settings.logs.length)
    return {
      status: 'neutral',
      message: `the workflow run concluded ${settings.eventConclusion}, not failure: nothing to heal`,
    };
  const where = await environment(io, settings);
  const workDir = path.join(io.context.tempDir, 'kintsugi', 'self-heal');
  const failure = await diagnoseFailure({
    run:
      settings.runId !== undefined && where.github
        ? { ...where.github, runId: settings.runId }
        : undefined,
    logs: settings.logs,
    testReports: settings.testReports,
    workspace: io.context.workspace,
    workDir,
    logger: io.logger,
    audit: where.audit,
  });
  if (!failure.diagnosis)
    return {
      status: 'neutral',
      message: `run ${settings.runId} has no failed job: nothing to heal`,
    };
  const report = await selfHeal(
    failure.diagnosis,
    composeHealStages(settings.pipeline, where),
    io.logger,
  );
  const reportPath = await writeJsonReport(
    path.join(io.context.tempDir, 'kintsugi', 'self-heal-report.json'),
    report,
  );
  setOutputs(io, report, reportPath);
  await io.writeSummary(selfHealSummary(report));
  io.annotate(diagnoseAnnotations(failure.diagnosis), 50);
  return {
    status: report.outcome === 'not-healed' ? 'failure' : 'success',
    message: report.message,
    report,
    reportPath,
  };
}

function setOutputs(io: ActionIO, report: SelfHealReport, reportPath: string): void {
  io.setOutput('category', report.diagnosis.category);
  io.setOutput('flaky', (report.flaky?.flaky.length ?? 0) > 0);
  io.setOutput('patched', report.patch?.patched ?? false);
  io.setOutput('risk-score', report.risk?.score ?? '');
  io.setOutput('pr-url', report.patch?.pullRequest?.url ?? '');
  io.setOutput('outcome', report.outcome);
  io.setOutput('report', reportPath);
}

async function environment(
  io: ActionIO,
  settings: Readonly<SelfHealSettings>,
): Promise<PipelineEnvironment> {
  const repository = io.context.repository;
  const where: PipelineEnvironment = {
    workspace: io.context.workspace,
    tempDir: path.join(io.context.tempDir, 'kintsugi', 'self-heal'),
    logger: io.logger,
    env: io.env,
    audit: {
      actor: io.context.actor,
      repository: repository ? `${repository.owner}/${repository.repo}` : undefined,
      commit: io.context.sha,
      runId: io.context.runId,
    },
  };
  const model = modelClientFor(settings.modelChoice, io.logger);
  if (model) where.model = model;
  const needsGitHub = settings.runId !== undefined || settings.pipeline.heal.openPr;
  if (!needsGitHub) return where;
  if (!settings.githubToken || !repository)
    throw new ConfigError(
      'Input github-token and GITHUB_REPOSITORY (owner/repo) are needed to read the run and open the PR; give them, or use logs with open-pr: false',
    );
  const octokit = createOctokit({
    token: settings.githubToken,
    baseUrl: io.context.apiUrl,
    logger: io.logger,
  });
  where.github = { octokit, ...repository };
  if (settings.pipeline.heal.openPr) {
    try {
      where.github.dashboard = await openDashboard(octokit, {
        ...repository,
        runId: io.context.runId,
        logger: io.logger,
      });
    } catch (error) {
      io.logger.warning(
        `could not open the dashboard issue, so healing runs per day are not capped this time: ${describeError(error)}`,
      );
    }
  }
  return where;
}
