import { createHash } from 'node:crypto';

/** A file as it should be on the PR branch; null content deletes it. */
export interface BranchFile {
  path: string;
  content: string | null;
  executable?: boolean;
}

export interface PullRequestRef {
  number: number;
  url: string;
}

/**
 * What patch needs of GitHub to publish a fix: a commit made through the Git Data API (so GitHub
 * signs it) on a branch, and one PR per branch. Narrow so that tests and other hosts can stand in.
 */
export interface PullRequestHost {
  /** Commits the files on top of `baseSha` and points `branch` at it (created, or force-moved). */
  commitToBranch(options: {
    branch: string;
    baseSha: string;
    message: string;
    files: BranchFile[];
  }): Promise<{ sha: string; changed: boolean }>;
  /** The open PR for `branch` updated (title, body, labels, reviewers), or a new one opened. */
  openOrUpdatePull(spec: {
    branch: string;
    base: string;
    title: string;
    body: string;
    draft: boolean;
    labels: string[];
    reviewers: string[];
  }): Promise<PullRequestRef & { created: boolean }>;
  defaultBranch(): Promise<string>;
}

/** `main` + ["format", "lint"] → `kintsugi/fix/main/format-lint`: the same failure always gets the same branch. */
export function branchName(prefix: string, base: string | undefined, checks: string[]): string {
  const slug = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^a-z0-9._/-]+/g, '-')
      .replace(/\/+/g, '/')
      .replace(/^[-./]+|[-./]+$/g, '')
      .replace(/\.\.+/g, '.');
  const joined = slug([...new Set(checks)].sort().join('-')) || 'check';
  const short =
    joined.length > 50
      ? `${joined.slice(0, 40).replace(/[-./]+$/, '')}-${createHash('sha1').update(joined).digest('hex').slice(0, 8)}`
      : joined;
  const baseSlug = base ? slug(base) : '';
  return `${prefix}${baseSlug ? `${baseSlug}/` : ''}${short}`;
}

export interface PublishRequest {
  branch: string;
  base: string;
  baseSha: string;
  files: BranchFile[];
  title: string;
  body: string;
  commitMessage: string;
  draft: boolean;
  labels: string[];
  reviewers: string[];
}

/** Commit, then open the PR or update the one already open for this branch: never a second one. */
export async function publishFix(
  host: PullRequestHost,
  request: PublishRequest,
): Promise<{ number: number; url: string; commitSha: string; created: boolean }> {
  const commit = await host.commitToBranch({
    branch: request.branch,
    baseSha: request.baseSha,
    message: request.commitMessage,
    files: request.files,
  });
  const pull = await host.openOrUpdatePull({
    branch: request.branch,
    base: request.base,
    title: request.title,
    body: request.body,
    draft: request.draft,
    labels: request.labels,
    reviewers: request.reviewers,
  });
  return { ...pull, commitSha: commit.sha };
}
