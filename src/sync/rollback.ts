import path from 'node:path';
import type { TargetAccess } from './host.js';
import { pullBody, pullTitle, rollbackCommitMessage } from './messages.js';
import { planTarget } from './plan.js';
import { applyPublish, publish } from './publish.js';
import { findLastSync, parentOf, ROLLBACK_TRAILER, type TargetRepo } from './repos.js';
import type { TargetReport } from './report.js';
import { resolvePlan } from './resolve.js';
import type { TargetRun } from './sync.js';
import { buildTree, listTree } from './trees.js';

/** Reverts the last sync commit: a 3-way sync from its parent, with the sync commit as base. */
export async function rollbackOne(
  run: TargetRun,
  repo: TargetRepo,
  access: TargetAccess,
  report: TargetReport,
): Promise<void> {
  const { source, target, options } = run;
  const lastSync = await findLastSync(repo, source.repo);
  report.lastSync = lastSync ?? null;
  if (!lastSync) {
    report.status = 'unchanged';
    report.error = undefined;
    run.logger.warning(`${target.repo}: no commit from ${source.repo} to roll back`);
    return;
  }
  const parent = await parentOf(repo, lastSync.commit);
  if (!parent) throw new Error(`cannot read the parent of sync commit ${lastSync.commit}`);
  const everything = { paths: ['**'], exclude: [], deleteOrphaned: true };
  const plan = planTarget(everything, {
    source: await listTree(repo.git, parent),
    base: await listTree(repo.git, lastSync.commit),
    target: await listTree(repo.git, repo.head),
  });
  const { changes, outcome } = await resolvePlan(
    repo.git,
    plan,
    options.onConflict === 'overwrite' ? 'overwrite' : 'skip',
  );
  report.files = outcome;
  if (options.dryRun) {
    report.status = 'planned';
    return;
  }
  const tree = await buildTree(repo.git, path.join(run.dir, 'rollback.index'), repo.head, changes);
  const result = await publish(repo, access.host, {
    target: { ...target, autoMerge: false, createPr: true },
    tree,
    message: rollbackCommitMessage(source, lastSync.commit, lastSync.sourceSha),
    title: pullTitle('rollback', source.repo, lastSync.sourceSha),
    body: `Reverts ${lastSync.commit}, the last sync from \`${source.repo}@${lastSync.sourceSha.slice(0, 12)}\`. Files changed here since then are kept.\n\n${pullBody(source, outcome, []).split('\n\n').slice(1).join('\n\n')}`,
    syncBranch: report.syncBranch,
    ownTrailer: `${ROLLBACK_TRAILER}: `,
    identity: options.identity,
    conflictMarkers: false,
  });
  applyPublish(report, result);
}
