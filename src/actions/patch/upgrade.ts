import path from 'node:path';
import { createOctokit } from '../../github/octokit.js';
import { findOpenPullByHead } from '../../github/pulls.js';
import { modelClientFor } from '../../llm/index.js';
import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import { requireRepository } from '../../platform/context.js';
import { ConfigError } from '../../platform/errors.js';
import { writeJsonReport } from '../../platform/report.js';
import { Summary } from '../../platform/summary.js';
import { createCommandRunner } from '../../patch/commands.js';
import { githubPullRequestHost } from '../../patch/github-host.js';
import { npmAdapter } from '../../upgrade/npm.js';
import {
  runScheduledUpgrade,
  type ScheduledUpgradeOptions,
  type ScheduledUpgradeReport,
} from '../../upgrade/scheduled.js';
import type { PatchActionSettings } from './settings.js';

/** `mode: upgrade`: the scheduled dependency upgrade, through the same PR host, runner and model as `fix`. */
export async function runUpgrade(
  io: ActionIO,
  settings: Readonly<PatchActionSettings>,
  appToken?: string,
): Promise<ActionOutcome> {
  const { heal } = settings;
  const outDir = path.join(io.context.tempDir, 'kintsugi');
  const report = await runScheduledUpgrade({
    workspace: io.context.workspace,
    adapter: npmAdapter({ env: io.env }),
    settings: {
      latest: settings.latest,
      validate: heal.validate,
      validationTimeoutMs: heal.validationTimeoutMs,
      openPr: heal.openPr,
      branchPrefix: heal.branchPrefix,
      base: heal.base,
      draft: heal.draft,
      labels: heal.labels,
      reviewers: heal.reviewers,
      llm: heal.llm,
      maxAttempts: heal.maxAttempts,
      maxDiffLines: heal.maxDiffLines,
      budgetTokens: heal.budgetTokens,
    },
    github: heal.openPr ? connect(io, settings, appToken) : undefined,
    model: heal.llm ? modelClientFor(settings.modelChoice, io.logger) : undefined,
    runner: createCommandRunner({ env: io.env }),
    logger: io.logger,
    patchDirectory: outDir,
  });
  const reportPath = await writeJsonReport(path.join(outDir, 'patch-report.json'), report);
  io.setOutput('patched', Boolean(report.pullRequest));
  io.setOutput('pr-number', report.pullRequest?.number ?? '');
  io.setOutput('pr-url', report.pullRequest?.url ?? '');
  io.setOutput('patch-path', '');
  io.setOutput('report', reportPath);
  await io.writeSummary(upgradeSummary(report));
  const status =
    report.outcome === 'baseline-red'
      ? 'failure'
      : report.outcome === 'unchanged' || report.outcome === 'nothing-to-upgrade'
        ? 'neutral'
        : 'success';
  return { status, message: report.message, report, reportPath };
}

function connect(
  io: ActionIO,
  settings: Readonly<PatchActionSettings>,
  appToken?: string,
): ScheduledUpgradeOptions['github'] {
  const token = appToken ?? settings.githubToken;
  if (!token)
    throw new ConfigError(
      'Input open-pr is true but neither github-token nor app-id/private-key is given; give one, or set open-pr: false',
    );
  const repository = requireRepository(io.context);
  const octokit = createOctokit({ token, baseUrl: io.context.apiUrl, logger: io.logger });
  return {
    host: githubPullRequestHost(octokit, repository),
    async openPullBody(branch) {
      const pull = await findOpenPullByHead(octokit, { ...repository, head: branch });
      if (!pull) return undefined;
      const { data } = await octokit.rest.pulls.get({ ...repository, pull_number: pull.number });
      return { number: pull.number, body: data.body ?? '' };
    },
  };
}

export function upgradeSummary(report: ScheduledUpgradeReport): Summary {
  const summary = new Summary().heading('Kintsugi dependency upgrade').paragraph(report.message);
  summary.table(
    ['package', 'from', 'to', 'bump'],
    report.upgraded.map((u) => [u.name, u.from, u.to, u.bump]),
  );
  summary.table(
    ['held back', 'why', 'adapted'],
    report.heldBack.map((h) => [
      h.upgrades.map((u) => `${u.name} ${u.from} → ${u.to}`).join(', '),
      `${h.category}: ${h.summary}`,
      h.adapted ? `yes (${h.adapted.files.join(', ')})` : 'no',
    ]),
  );
  summary.paragraph(
    `Test runs spent: ${report.testRuns.total} (${report.testRuns.afterBaseline} after the baseline run).`,
  );
  return summary;
}
