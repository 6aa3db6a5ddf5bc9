import type { SyncTarget } from './config.js';
import type { PullRequestRef, TargetHost } from './host.js';
import type { PullOperation, TargetReport } from './report.js';
import { commitTree, parentOf, pushBranch, pushDirect, treeOf, type TargetRepo } from './repos.js';

export interface PublishRequest {
  target: SyncTarget;
  /** The target's tree after the sync. */
  tree: string;
  message: string;
  title: string;
  body: string;
  syncBranch: string;
  identity: { name: string; email: string };
  /** Never auto-merge a PR that still has conflict markers in it. */
  conflictMarkers: boolean;
  /** The trailer our own commits carry, e.g. `Kintsugi-Sync-Source: acme/foundation@`. */
  ownTrailer: string;
}

export interface PublishResult {
  pushed: boolean;
  commit?: string;
  pull: { number: number | null; url: string | null; operation: PullOperation };
  autoMerge?: TargetReport['autoMerge'];
  /** Why the PR was left alone although the source moved on. */
  notice?: string;
}

/**
 * Commits the tree onto the target branch and proposes it: exactly one PR per target, opened,
 * updated, left untouched when it already carries this change, or closed when nothing differs.
 */
export async function publish(
  repo: TargetRepo,
  host: TargetHost,
  request: PublishRequest,
): Promise<PublishResult> {
  const { target, syncBranch } = request;
  const none = { number: null, url: null, operation: 'none' as const };
  const noDiff = request.tree === (await treeOf(repo.git, repo.head));
  if (!target.createPr) {
    if (noDiff) return { pushed: false, pull: none };
    const commit = await commitTree(repo.git, {
      tree: request.tree,
      parent: repo.head,
      message: request.message,
      identity: request.identity,
    });
    await pushDirect(repo, commit);
    return { pushed: true, commit, pull: none };
  }
  const open = await host.findOpenPull(syncBranch, repo.branch);
  if (noDiff) {
    if (!open) return { pushed: false, pull: none };
    await host.closePull(
      open.number,
      'Closed by Kintsugi repo-sync: the target already matches the source.',
    );
    return { pushed: false, pull: { ...refOf(open), operation: 'closed' } };
  }
  if (open && (await alreadyProposed(repo, request.tree)))
    return {
      pushed: false,
      commit: repo.syncBranchHead,
      pull: { ...refOf(open), operation: 'none' },
    };
  if (
    open &&
    repo.syncBranchHead &&
    !(await isOwnCommit(repo, repo.syncBranchHead, request.ownTrailer))
  )
    return {
      pushed: false,
      commit: repo.syncBranchHead,
      pull: { ...refOf(open), operation: 'none' },
      notice: `PR #${open.number} (${syncBranch}) has a commit that is not Kintsugi's (a conflict resolved there?), so it is left as it is: merge or close it, and the next sync carries on`,
    };
  const commit = await commitTree(repo.git, {
    tree: request.tree,
    parent: repo.head,
    message: request.message,
    identity: request.identity,
  });
  await pushBranch(repo, commit, syncBranch, repo.syncBranchHead);
  if (open) {
    await host.updatePull(open.number, { title: request.title, body: request.body });
    return { pushed: true, commit, pull: { ...refOf(open), operation: 'updated' } };
  }
  const pull = await host.createPull({
    head: syncBranch,
    base: repo.branch,
    title: request.title,
    body: request.body,
  });
  if (target.labels.length > 0) await host.addLabels(pull.number, target.labels);
  if (target.reviewers.length + target.teamReviewers.length > 0)
    await host.requestReviewers(pull.number, target.reviewers, target.teamReviewers);
  const autoMerge = await maybeAutoMerge(host, pull, target, request.conflictMarkers);
  return { pushed: true, commit, pull: { ...refOf(pull), operation: 'created' }, autoMerge };
}

/** Someone pushing to the PR branch (resolving conflict markers, say) must not lose that work. */
async function isOwnCommit(repo: TargetRepo, commit: string, trailer: string): Promise<boolean> {
  const message = await repo.git.text(['log', '-1', '--format=%B', commit]);
  return message.split('\n').some((line) => line.startsWith(trailer));
}

/** The open PR's branch is one commit on the current target head with exactly this tree. */
async function alreadyProposed(repo: TargetRepo, tree: string): Promise<boolean> {
  if (!repo.syncBranchHead) return false;
  const [branchTree, parent] = await Promise.all([
    treeOf(repo.git, repo.syncBranchHead),
    parentOf(repo, repo.syncBranchHead),
  ]);
  return branchTree === tree && parent === repo.head;
}

async function maybeAutoMerge(
  host: TargetHost,
  pull: PullRequestRef,
  target: SyncTarget,
  conflictMarkers: boolean,
): Promise<TargetReport['autoMerge']> {
  if (!target.autoMerge) return 'not-asked';
  if (target.requireApprovals > 0) return 'refused: require_approvals';
  if (conflictMarkers) return 'refused: conflict markers';
  await host.enableAutoMerge(pull);
  return 'enabled';
}

function refOf(pull: PullRequestRef): { number: number; url: string } {
  return { number: pull.number, url: pull.url };
}

/** Records what publishing did in the target's report. */
export function applyPublish(report: TargetReport, result: PublishResult): void {
  report.status = result.pushed ? 'synced' : 'unchanged';
  report.commit = result.commit;
  report.pullRequest = { target: report.repo, ...result.pull };
  report.autoMerge = result.autoMerge;
  report.notice = result.notice;
}
