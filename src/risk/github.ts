import { upsertStickyComment, type StickyCommentResult } from '../github/sticky-comment.js';
import type { Octokit } from '../github/octokit.js';
import { ConfigError } from '../platform/errors.js';
import type { RiskReport } from './assess.js';
import { renderRiskComment, RISK_COMMENT_MARKER } from './comment.js';
import { fileFromPullFile, type ChangedFile } from './diff.js';
import type { RiskLevel } from './score.js';
import {
  isBotLogin,
  type CheckFacts,
  type CommitFacts,
  type PullRequestFacts,
  type ReviewFacts,
} from './types.js';

/** What risk-gate reads from GitHub and writes back, through narrow domain-named helpers. */

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

export interface PullRequestData {
  pr: PullRequestFacts;
  files: ChangedFile[];
  commits: CommitFacts[];
  checks: CheckFacts[];
  reviews: ReviewFacts[];
}

/** GitHub lists at most 3,000 files of a PR; we read them all (100 a page). */
const MAX_FILES = 3_000;

export async function fetchPullRequestData(
  octokit: Octokit,
  ref: PullRequestRef,
): Promise<PullRequestData> {
  const { owner, repo, number } = ref;
  const pull = await octokit.rest.pulls
    .get({ owner, repo, pull_number: number })
    .catch((error: unknown) => {
      if (httpStatus(error) === 404) {
        throw new ConfigError(
          `Input pr got ${number}: pull request #${number} does not exist in ${owner}/${repo} (or the token cannot see it)`,
        );
      }
      throw error;
    });
  const data = pull.data;
  const [files, commits, reviews, checks, baseProtected] = await Promise.all([
    octokit.paginate(octokit.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: number,
      per_page: 100,
    }),
    octokit.paginate(octokit.rest.pulls.listCommits, {
      owner,
      repo,
      pull_number: number,
      per_page: 100,
    }),
    octokit.paginate(octokit.rest.pulls.listReviews, {
      owner,
      repo,
      pull_number: number,
      per_page: 100,
    }),
    octokit.paginate(octokit.rest.checks.listForRef, {
      owner,
      repo,
      ref: data.head.sha,
      per_page: 100,
    }),
    octokit.rest.repos.getBranch({ owner, repo, branch: data.base.ref }).then(
      (b) => b.data.protected,
      () => false,
    ),
  ]);
  return {
    pr: {
      number,
      title: data.title,
      body: data.body ?? '',
      author: data.user?.login ?? '',
      authorIsBot: isBotLogin(data.user?.login ?? '', data.user?.type),
      base: data.base.ref,
      head: data.head.ref,
      headSha: data.head.sha,
      draft: data.draft ?? false,
      labels: data.labels.map((l) => l.name ?? '').filter(Boolean),
      baseProtected,
      url: data.html_url,
    },
    files: files.slice(0, MAX_FILES).map(fileFromPullFile),
    commits: commits.map((c) => {
      const login = c.author?.login ?? c.commit.author?.name ?? '';
      return {
        sha: c.sha,
        message: c.commit.message,
        author: login,
        authorIsBot: isBotLogin(login, c.author?.type),
        verified: c.commit.verification?.verified ?? false,
        verificationReason: c.commit.verification?.reason ?? 'unknown',
      };
    }),
    checks: checks.map((c) => ({
      name: c.name,
      status: c.status,
      conclusion: c.conclusion ?? null,
      app: c.app?.slug ?? c.app?.name ?? '',
    })),
    reviews: reviews.map((r) => ({
      user: r.user?.login ?? '',
      userIsBot: isBotLogin(r.user?.login ?? '', r.user?.type),
      state: r.state,
    })),
  };
}

export function publishRiskComment(
  octokit: Octokit,
  ref: PullRequestRef,
  report: RiskReport,
): Promise<StickyCommentResult> {
  return upsertStickyComment(octokit, {
    owner: ref.owner,
    repo: ref.repo,
    issueNumber: ref.number,
    marker: RISK_COMMENT_MARKER,
    body: renderRiskComment(report),
  });
}

export const RISK_LABELS: readonly string[] = ['risk:low', 'risk:medium', 'risk:high'];

/** Sets `risk:<level>` and removes the other risk labels, leaving every other label alone. */
export async function setRiskLabel(
  octokit: Octokit,
  ref: PullRequestRef,
  level: RiskLevel,
  current: readonly string[],
): Promise<void> {
  const wanted = `risk:${level}`;
  for (const stale of current.filter((l) => RISK_LABELS.includes(l) && l !== wanted)) {
    await octokit.rest.issues
      .removeLabel({ owner: ref.owner, repo: ref.repo, issue_number: ref.number, name: stale })
      .catch((error: unknown) => {
        if (!(httpStatus(error) === 404)) throw error;
      });
  }
  if (!current.includes(wanted)) {
    await octokit.rest.issues.addLabels({
      owner: ref.owner,
      repo: ref.repo,
      issue_number: ref.number,
      labels: [wanted],
    });
  }
}

/**
 * A GitHub deployment of the PR's head commit to `environment`. required_contexts is empty:
 * risk-gate itself is one of the commit's checks and still running, and the policies have
 * already judged the checks that matter (CodeQL).
 */
export async function createDeployment(
  octokit: Octokit,
  ref: PullRequestRef,
  options: { sha: string; environment: string; score: number },
): Promise<{ id: number }> {
  const { data } = await octokit.rest.repos.createDeployment({
    owner: ref.owner,
    repo: ref.repo,
    ref: options.sha,
    environment: options.environment,
    auto_merge: false,
    required_contexts: [],
    description: `risk-gate: score ${options.score}/100`,
    payload: { source: 'kintsugi/risk-gate', pullRequest: ref.number, score: options.score },
  });
  if (!('id' in data))
    throw new Error(`GitHub did not create the deployment: ${data.message ?? 'no reason given'}`);
  return { id: data.id };
}

function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
