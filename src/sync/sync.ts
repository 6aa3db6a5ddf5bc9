import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import picomatch from 'picomatch';
import { ConfigError, describeError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import type { SyncConfig, SyncTarget } from './config.js';
import { authHeaderEnv, redact } from './git.js';
import type { AccessProvider, Permissions, TargetAccess } from './host.js';
import {
  conflictIssueBody,
  conflictIssueTitle,
  pullBody,
  pullTitle,
  syncCommitMessage,
} from './messages.js';
import { planTarget, touchesWorkflows } from './plan.js';
import { applyPublish, publish } from './publish.js';
import { rollbackOne } from './rollback.js';
import {
  fetchTarget,
  findLastSync,
  openSource,
  SOURCE_TRAILER,
  type SourceRepo,
  type TargetRepo,
} from './repos.js';
import { SYNC_SCHEMA_VERSION, type SyncReport, type TargetReport } from './report.js';
import { resolvePlan, type OnConflict } from './resolve.js';
import { buildTree, listTree } from './trees.js';

export interface SyncOptions {
  dryRun: boolean;
  rollback: boolean;
  onConflict: OnConflict;
  branchPrefix: string;
  /** Where a target is fetched from; tests and the bench point it at local bare repositories. */
  remoteUrl: (target: SyncTarget) => string;
  /** The git server the auth header is sent to (`https://github.com`). */
  serverUrl: string;
  identity: { name: string; email: string };
  /** How much target history to fetch when looking for the last sync trailer. */
  depth?: number;
  concurrency?: number;
  /** Scratch space; a fresh temporary directory by default. */
  workDir?: string;
}

export interface SyncInput {
  config: SyncConfig;
  source: { repo: string; dir: string; rev?: string };
  access: AccessProvider;
  options: SyncOptions;
  logger: Logger;
}

/** Syncs (or plans, or rolls back) every target; one target failing never stops the others. */
export async function syncTargets(input: SyncInput): Promise<SyncReport> {
  const { options } = input;
  const source = await openSource(input.source);
  const workDir = options.workDir ?? (await mkdtemp(path.join(os.tmpdir(), 'kintsugi-sync-')));
  const mode = options.rollback ? 'rollback' : options.dryRun ? 'dry-run' : 'sync';
  try {
    const targets = await mapLimited(input.config.targets, options.concurrency ?? 4, (target, i) =>
      input.logger.group(`${mode} ${target.repo}`, () =>
        runTarget({ ...input, source, target, dir: path.join(workDir, String(i)) }),
      ),
    );
    return {
      schemaVersion: SYNC_SCHEMA_VERSION,
      mode,
      source: { repo: source.repo, sha: source.sha },
      onConflict: options.onConflict,
      targets,
      pullRequests: targets.flatMap((t) => (t.pullRequest ? [t.pullRequest] : [])),
    };
  } finally {
    if (!options.workDir) await rm(workDir, { recursive: true, force: true });
  }
}

/** The `targets` input: owner/name or globs, case-insensitive; a filter that matches nothing is a mistake. */
export function filterTargets(config: SyncConfig, patterns: string[]): SyncConfig {
  if (patterns.length === 0) return config;
  const match = picomatch(patterns.map((p) => p.toLowerCase()));
  const targets = config.targets.filter((t) => match(t.repo.toLowerCase()));
  if (targets.length === 0)
    throw new ConfigError(
      `Input targets got ${JSON.stringify(patterns.join(', '))}; accepted: owner/name or globs matching the config's targets (${config.targets.map((t) => t.repo).join(', ')})`,
    );
  return { targets };
}

export function syncBranchName(prefix: string, sourceRepo: string, rollback: boolean): string {
  return `${prefix}${sourceRepo.replace('/', '-')}${rollback ? '-rollback' : ''}`;
}

/**
 * The least the token for one target needs: read-only for a dry run; workflows only when the
 * target's synced paths hold workflow files in the source; issues only for on-conflict: issue.
 */
export function permissionsFor(
  target: SyncTarget,
  source: Pick<SourceRepo, 'tree'>,
  options: Pick<SyncOptions, 'dryRun' | 'rollback' | 'onConflict'>,
): Permissions {
  if (options.dryRun) return { contents: 'read' };
  const permissions: Permissions = { contents: 'write' };
  if (target.createPr || options.rollback) permissions.pull_requests = 'write';
  if (touchesWorkflows(target, [source.tree])) permissions.workflows = 'write';
  if (options.onConflict === 'issue' && !options.rollback) permissions.issues = 'write';
  return permissions;
}

export interface TargetRun extends Omit<SyncInput, 'source'> {
  source: SourceRepo;
  target: SyncTarget;
  dir: string;
}

async function runTarget(run: TargetRun): Promise<TargetReport> {
  const { target, options, source, logger } = run;
  const syncBranch = syncBranchName(options.branchPrefix, source.repo, options.rollback);
  const report: TargetReport = {
    repo: target.repo,
    branch: target.branch,
    syncBranch,
    status: 'failed',
  };
  const permissions = permissionsFor(target, source, options);
  let access: TargetAccess | undefined;
  try {
    access = await run.access(target, permissions);
    report.auth = { via: access.via, permissions, revoked: false };
    const secrets = access.token
      ? [access.token, Buffer.from(`x-access-token:${access.token}`).toString('base64')]
      : [];
    try {
      const repo = await fetchTarget({
        repo: target.repo,
        dir: run.dir,
        url: options.remoteUrl(target),
        branch: target.branch,
        syncBranch,
        depth: options.depth ?? 50,
        sourceObjectsDir: source.objectsDir,
        git: { env: authHeaderEnv(options.serverUrl, access.token), secrets },
      });
      report.branch = repo.branch;
      await (options.rollback
        ? rollbackOne(run, repo, access, report)
        : syncOne(run, repo, access, report));
    } catch (error) {
      report.status = 'failed';
      report.error = redact(describeError(error), secrets);
    }
  } catch (error) {
    report.error = `could not get access to ${target.repo}: ${describeError(error)}`;
  } finally {
    if (access && report.auth) report.auth.revoked = await access.release().catch(() => false);
    rm(run.dir, { recursive: true, force: true }).catch(() => {});
  }
  if (report.notice) logger.warning(`${target.repo}: ${report.notice}`);
  if (report.error) logger.error(`${target.repo}: ${report.error}`);
  else
    logger.info(
      `${target.repo}: ${report.status}${report.pullRequest ? ` (PR ${report.pullRequest.operation})` : ''}`,
    );
  return report;
}

async function syncOne(
  run: TargetRun,
  repo: TargetRepo,
  access: TargetAccess,
  report: TargetReport,
): Promise<void> {
  const { source, target, options } = run;
  const lastSync = await findLastSync(repo, source.repo);
  report.lastSync = lastSync ?? null;
  const base = lastSync ? ((await source.treeAt(lastSync.sourceSha)) ?? null) : null;
  if (lastSync && !base)
    run.logger.warning(
      `${target.repo}: source commit ${lastSync.sourceSha} of the last sync is unreachable; every difference counts as a conflict`,
    );
  const plan = planTarget(target, {
    source: source.tree,
    base,
    target: await listTree(repo.git, repo.head),
  });
  const { changes, outcome } = await resolvePlan(repo.git, plan, options.onConflict);
  report.files = outcome;
  if (options.dryRun) {
    report.status = 'planned';
    return;
  }
  const tree = await buildTree(repo.git, path.join(run.dir, 'sync.index'), repo.head, changes);
  const markers = outcome.conflicted.some((c) => c.resolution === 'markers');
  const result = await publish(repo, access.host, {
    target,
    tree,
    message: syncCommitMessage(source, outcome),
    title: pullTitle('sync', source.repo, source.sha),
    body: pullBody(
      source,
      outcome,
      markers ? ['**This PR contains conflict markers: resolve them before merging.**'] : [],
    ),
    syncBranch: report.syncBranch,
    ownTrailer: `${SOURCE_TRAILER}: ${source.repo}@`,
    identity: options.identity,
    conflictMarkers: markers,
  });
  applyPublish(report, result);
  const keptConflicts = outcome.conflicted.filter((c) => c.resolution === 'kept-target');
  if (options.onConflict === 'issue' && keptConflicts.length > 0)
    report.issue = await access.host.upsertIssue({
      title: conflictIssueTitle(source.repo),
      body: conflictIssueBody(source, outcome),
      labels: target.labels,
    });
}

async function mapLimited<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
