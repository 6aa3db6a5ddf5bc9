import path from 'node:path';
import { openDashboard } from '../../github/dashboard.js';
import { mintInstallationToken, type InstallationToken } from '../../github/app-token.js';
import { createOctokit } from '../../github/octokit.js';
import { isModelConfigured, MODEL_NOT_CONFIGURED, modelClientFor } from '../../llm/index.js';
import { runUpgrade } from './upgrade.js';
import type { ActionIO, ActionOutcome, OutcomeStatus } from '../../platform/action.js';
import { requireRepository } from '../../platform/context.js';
import { ConfigError, describeError } from '../../platform/errors.js';
import { writeJsonReport } from '../../platform/report.js';
import { createCommandRunner } from '../../patch/commands.js';
import { readDiagnosis } from '../../patch/diagnosis.js';
import { githubPullRequestHost } from '../../patch/github-host.js';
import { healFailure, type HealOptions } from '../../patch/heal.js';
import type { DashboardEvents } from '../../patch/loop-guard.js';
import type { PatchReport } from '../../patch/report.js';
import type { PatchActionSettings, PatchMode } from './settings.js';
import { patchSummary } from './summary.js';

/** Each mode of the action; `upgrade` (scheduled dependency upgrades) plugs in here. */
const MODES: Record<
  PatchMode,
  (io: ActionIO, settings: Readonly<PatchActionSettings>) => Promise<ActionOutcome>
> = {
  fix: runFix,
  upgrade: async (io, settings) => {
    if (settings.heal.llm && !isModelConfigured(settings.modelChoice)) {
      throw new ConfigError(`Input llm is on but ${MODEL_NOT_CONFIGURED}; or set llm: off`);
    }
    const appToken = await mintAppToken(io, settings);
    try {
      return await runUpgrade(io, settings, appToken?.token);
    } finally {
      await appToken
        ?.revoke()
        .catch((error: unknown) =>
          io.logger.warning(`could not revoke the App token: ${describeError(error)}`),
        );
    }
  },
};

export async function execute(
  io: ActionIO,
  settings: Readonly<PatchActionSettings>,
): Promise<ActionOutcome> {
  return MODES[settings.mode](io, settings);
}

async function runFix(
  io: ActionIO,
  settings: Readonly<PatchActionSettings>,
): Promise<ActionOutcome> {
  const diagnosis = await readDiagnosis(settings.diagnosis, {
    workspace: io.context.workspace,
    artifacts: io.artifacts,
    tempDir: io.context.tempDir,
  });
  if (settings.heal.llm && !isModelConfigured(settings.modelChoice)) {
    throw new ConfigError(`Input llm is on but ${MODEL_NOT_CONFIGURED}; or set llm: off`);
  }
  const model = settings.heal.llm ? modelClientFor(settings.modelChoice, io.logger) : undefined;
  const outDir = path.join(io.context.tempDir, 'kintsugi');
  const appToken = await mintAppToken(io, settings);
  let report: PatchReport;
  try {
    const github = await connectGitHub(io, settings, appToken?.token);
    report = await healFailure({
      workspace: io.context.workspace,
      diagnosis,
      settings: settings.heal,
      github,
      model,
      runner: createCommandRunner({ env: io.env }),
      logger: io.logger,
      patchDirectory: outDir,
      audit: {
        actor: io.context.actor,
        repository: io.context.repository
          ? `${io.context.repository.owner}/${io.context.repository.repo}`
          : undefined,
        commit: io.context.sha,
        runId: io.context.runId,
      },
    });
  } finally {
    await appToken
      ?.revoke()
      .catch((error: unknown) =>
        io.logger.warning(`could not revoke the App token: ${describeError(error)}`),
      );
  }
  const reportPath = await writeJsonReport(path.join(outDir, 'patch-report.json'), report);
  io.setOutput('patched', report.patched);
  io.setOutput('pr-number', report.pullRequest?.number ?? '');
  io.setOutput('pr-url', report.pullRequest?.url ?? '');
  io.setOutput('patch-path', report.patchPath ?? '');
  io.setOutput('report', reportPath);
  await io.writeSummary(patchSummary(report));
  const status: OutcomeStatus = report.patched
    ? 'success'
    : report.outcome === 'not-patched'
      ? 'failure'
      : 'neutral';
  return { status, message: report.message, report, reportPath };
}

async function mintAppToken(
  io: ActionIO,
  settings: Readonly<PatchActionSettings>,
): Promise<InstallationToken | undefined> {
  if (!settings.app || !settings.heal.openPr) return undefined;
  const { owner, repo } = requireRepository(io.context);
  return mintInstallationToken({
    appId: settings.app.appId,
    privateKey: settings.app.privateKey,
    owner,
    repo,
    permissions: { contents: 'write', pull_requests: 'write', issues: 'write' },
    baseUrl: io.context.apiUrl,
    logger: io.logger,
  });
}

/** The PR host and the dashboard (loop guard), when a PR is to be opened. */
async function connectGitHub(
  io: ActionIO,
  settings: Readonly<PatchActionSettings>,
  appToken: string | undefined,
): Promise<HealOptions['github']> {
  if (!settings.heal.openPr) return undefined;
  const token = appToken ?? settings.githubToken;
  if (!token)
    throw new ConfigError(
      'Input open-pr is true but neither github-token nor app-id/private-key is given; give one, or set open-pr: false',
    );
  const repository = requireRepository(io.context);
  const octokit = createOctokit({ token, baseUrl: io.context.apiUrl, logger: io.logger });
  let dashboard: DashboardEvents | undefined;
  try {
    dashboard = await openDashboard(octokit, {
      ...repository,
      runId: io.context.runId,
      logger: io.logger,
    });
  } catch (error) {
    io.logger.warning(
      `could not open the dashboard issue, so healing runs per day are not capped this time: ${describeError(error)}`,
    );
  }
  return { host: githubPullRequestHost(octokit, repository), dashboard };
}
