import type { Octokit } from './octokit.js';

/**
 * Commits made through the Git Data API (blobs, tree, commit, ref) rather than `git push`, so
 * GitHub signs them as the token's App or user and they show as verified.
 */

export interface FileChange {
  path: string;
  /** New text; null deletes the file. */
  content: string | null;
  executable?: boolean;
}

export interface BranchCommit {
  owner: string;
  repo: string;
  branch: string;
  /** The commit the change is based on (the new commit's only parent). */
  baseSha: string;
  message: string;
  files: FileChange[];
  /** Move an existing branch even when it is not a fast-forward (our own bot branches). Default true. */
  force?: boolean;
}

export interface CommitResult {
  sha: string;
  /** False when the branch already held exactly this change on this base (nothing written). */
  changed: boolean;
  verified: boolean;
}

export async function commitFilesToBranch(
  octokit: Octokit,
  change: BranchCommit,
): Promise<CommitResult> {
  const { owner, repo, branch, baseSha } = change;
  const base = await octokit.rest.git.getCommit({ owner, repo, commit_sha: baseSha });
  const tree = await octokit.rest.git.createTree({
    owner,
    repo,
    base_tree: base.data.tree.sha,
    tree: await Promise.all(change.files.map((f) => treeEntry(octokit, owner, repo, f))),
  });
  const ref = `heads/${branch}`;
  const current = await getBranchSha(octokit, { owner, repo, branch });
  if (current) {
    const head = await octokit.rest.git.getCommit({ owner, repo, commit_sha: current });
    if (head.data.tree.sha === tree.data.sha && head.data.parents.some((p) => p.sha === baseSha))
      return { sha: current, changed: false, verified: head.data.verification?.verified ?? false };
  }
  const commit = await octokit.rest.git.createCommit({
    owner,
    repo,
    message: change.message,
    tree: tree.data.sha,
    parents: [baseSha],
  });
  if (current)
    await octokit.rest.git.updateRef({
      owner,
      repo,
      ref,
      sha: commit.data.sha,
      force: change.force ?? true,
    });
  else await octokit.rest.git.createRef({ owner, repo, ref: `refs/${ref}`, sha: commit.data.sha });
  return {
    sha: commit.data.sha,
    changed: true,
    verified: commit.data.verification?.verified ?? false,
  };
}

/** The branch's head commit, or undefined when the branch does not exist. */
export async function getBranchSha(
  octokit: Octokit,
  where: { owner: string; repo: string; branch: string },
): Promise<string | undefined> {
  try {
    const { data } = await octokit.rest.git.getRef({
      owner: where.owner,
      repo: where.repo,
      ref: `heads/${where.branch}`,
    });
    return data.object.sha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return undefined;
    throw error;
  }
}

export async function deleteBranch(
  octokit: Octokit,
  where: { owner: string; repo: string; branch: string },
): Promise<void> {
  await octokit.rest.git.deleteRef({
    owner: where.owner,
    repo: where.repo,
    ref: `heads/${where.branch}`,
  });
}

/** Each file becomes a blob sent as base64, so no byte is reinterpreted on the way. */
async function treeEntry(octokit: Octokit, owner: string, repo: string, file: FileChange) {
  const mode = file.executable ? ('100755' as const) : ('100644' as const);
  if (file.content === null) return { path: file.path, mode, type: 'blob' as const, sha: null };
  const { data } = await octokit.rest.git.createBlob({
    owner,
    repo,
    content: Buffer.from(file.content).toString('base64'),
    encoding: 'base64',
  });
  return { path: file.path, mode, type: 'blob' as const, sha: data.sha };
}
