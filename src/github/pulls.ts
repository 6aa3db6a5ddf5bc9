import type { Octokit } from './octokit.js';

/** Pull requests Kintsugi opens: found by head branch, opened or updated idempotently. */

export interface PullRef {
  number: number;
  url: string;
  /** GraphQL node id (auto-merge takes it). */
  nodeId: string;
  headSha: string;
}

export interface PullSpec {
  owner: string;
  repo: string;
  /** Branch in the same repository. */
  head: string;
  base: string;
  title: string;
  body: string;
  draft?: boolean;
  labels?: string[];
  /** Logins; `team:<slug>` or `org/<slug>` request a team. */
  reviewers?: string[];
}

type PullData = { number: number; html_url: string; node_id: string; head: { sha: string } };
const toRef = (p: PullData): PullRef => ({
  number: p.number,
  url: p.html_url,
  nodeId: p.node_id,
  headSha: p.head.sha,
});

export async function findOpenPullByHead(
  octokit: Octokit,
  where: { owner: string; repo: string; head: string; base?: string },
): Promise<PullRef | undefined> {
  const { data } = await octokit.rest.pulls.list({
    owner: where.owner,
    repo: where.repo,
    state: 'open',
    head: `${where.owner}:${where.head}`,
    ...(where.base ? { base: where.base } : {}),
    per_page: 10,
  });
  const pull = data.find((p) => p.head.ref === where.head);
  return pull && toRef(pull);
}

/** Opens the PR, or updates title and body of the open one for the same head; then labels and reviewers. */
export async function openOrUpdatePull(
  octokit: Octokit,
  spec: PullSpec,
): Promise<PullRef & { created: boolean }> {
  const { owner, repo } = spec;
  const existing = await findOpenPullByHead(octokit, spec);
  let pull: PullRef;
  if (existing) {
    const { data } = await octokit.rest.pulls.update({
      owner,
      repo,
      pull_number: existing.number,
      title: spec.title,
      body: spec.body,
    });
    pull = toRef(data);
  } else {
    const { data } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: spec.head,
      base: spec.base,
      title: spec.title,
      body: spec.body,
      draft: spec.draft ?? false,
      maintainer_can_modify: true,
    });
    pull = toRef(data);
  }
  if (spec.labels?.length)
    await addLabels(octokit, { owner, repo, number: pull.number, labels: spec.labels });
  if (spec.reviewers?.length)
    await requestReviewers(octokit, {
      owner,
      repo,
      number: pull.number,
      reviewers: spec.reviewers,
    });
  return { ...pull, created: !existing };
}

export async function addLabels(
  octokit: Octokit,
  where: { owner: string; repo: string; number: number; labels: string[] },
): Promise<void> {
  await octokit.rest.issues.addLabels({
    owner: where.owner,
    repo: where.repo,
    issue_number: where.number,
    labels: where.labels,
  });
}

/** Splits `team:<slug>` / `org/<slug>` entries into team reviewers; the PR author is never asked. */
export async function requestReviewers(
  octokit: Octokit,
  where: { owner: string; repo: string; number: number; reviewers: string[] },
): Promise<void> {
  const teams: string[] = [];
  const users: string[] = [];
  for (const r of where.reviewers) {
    if (r.startsWith('team:')) teams.push(r.slice(5));
    else if (r.includes('/')) teams.push(r.split('/').pop()!);
    else users.push(r.replace(/^@/, ''));
  }
  if (!teams.length && !users.length) return;
  await octokit.rest.pulls.requestReviewers({
    owner: where.owner,
    repo: where.repo,
    pull_number: where.number,
    ...(users.length ? { reviewers: users } : {}),
    ...(teams.length ? { team_reviewers: teams } : {}),
  });
}
