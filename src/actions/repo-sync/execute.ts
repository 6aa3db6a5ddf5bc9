import path from 'node:path';
import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import type { Annotation } from '../../platform/annotations.js';
import { writeJsonReport, type AuditRecord } from '../../platform/report.js';
import type { SyncTarget } from '../../sync/config.js';
import { githubAccess } from '../../sync/github-access.js';
import type { AccessProvider } from '../../sync/host.js';
import type { SyncReport } from '../../sync/report.js';
import { syncTargets } from '../../sync/sync.js';
import type { RepoSyncSettings } from './settings.js';
import { syncSummary } from './summary.js';

/** What tests replace: where targets are fetched from, and how access is opened. */
export interface RepoSyncDeps {
  remoteUrl?: (target: SyncTarget) => string;
  access?: AccessProvider;
}

export async function execute(
  io: ActionIO,
  settings: Readonly<RepoSyncSettings>,
  deps: RepoSyncDeps,
): Promise<ActionOutcome> {
  const started = Date.now();
  const serverUrl = io.context.serverUrl.replace(/\/$/, '');
  const result = await syncTargets({
    config: settings.config,
    source: settings.source,
    access:
      deps.access ??
      githubAccess({
        app: settings.app,
        githubToken: settings.githubToken,
        apiUrl: io.context.apiUrl,
        logger: io.logger,
      }),
    logger: io.logger,
    options: {
      dryRun: settings.dryRun,
      rollback: settings.rollback,
      onConflict: settings.onConflict,
      branchPrefix: settings.branchPrefix,
      remoteUrl: deps.remoteUrl ?? ((t) => `${serverUrl}/${t.repo}.git`),
      serverUrl,
      identity: {
        name: 'kintsugi-sync[bot]',
        email: 'kintsugi-sync[bot]@users.noreply.github.com',
      },
    },
  });
  const failed = result.targets.filter((t) => t.status === 'failed');
  const outcome = failed.length > 0 ? 'failure' : 'success';
  const report: SyncReport & { audit: AuditRecord } = {
    ...result,
    audit: audit(io, outcome, Date.now() - started, result),
  };
  const reportPath = await writeJsonReport(
    path.join(io.context.tempDir, 'kintsugi', 'repo-sync-report.json'),
    report,
  );
  io.setOutput('report', reportPath);
  io.setOutput('pull-requests', result.pullRequests);
  await io.writeSummary(syncSummary(result));
  io.annotate(annotations(result));
  return {
    status: outcome,
    message:
      failed.length > 0
        ? `${failed.length} of ${result.targets.length} targets failed: ${failed.map((t) => `${t.repo} (${t.error})`).join('; ')}`
        : undefined,
    report,
    reportPath,
  };
}

function annotations(report: SyncReport): Annotation[] {
  return report.targets.flatMap((t): Annotation[] => [
    ...(t.error && t.status === 'failed'
      ? [{ level: 'error' as const, title: `repo-sync ${t.repo}`, message: t.error }]
      : []),
    ...(t.notice
      ? [{ level: 'warning' as const, title: `repo-sync ${t.repo}`, message: t.notice }]
      : []),
    ...(t.files?.conflicted ?? []).map((c) => ({
      level: 'warning' as const,
      title: `repo-sync conflict in ${t.repo}`,
      message: `${c.path}: ${c.reason} (${c.resolution})`,
    })),
  ]);
}

function audit(
  io: ActionIO,
  outcome: 'success' | 'failure',
  durationMs: number,
  report: SyncReport,
): AuditRecord {
  const repository = io.context.repository;
  return {
    time: new Date().toISOString(),
    action: 'repo-sync',
    actor: io.context.actor,
    repository: repository ? `${repository.owner}/${repository.repo}` : undefined,
    commit: report.source.sha,
    runId: io.context.runId,
    tokensIn: 0,
    tokensOut: 0,
    estimatedCostUsd: 0,
    durationMs,
    outcome,
    links: report.pullRequests.flatMap((p) => (p.url ? [p.url] : [])),
  };
}
