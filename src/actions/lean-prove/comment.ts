import { createOctokit } from '../../github/octokit.js';
import { upsertStickyComment } from '../../github/sticky-comment.js';
import { COMMENT_MARKER } from '../../lean/report.js';
import type { ActionIO } from '../../platform/action.js';

/** The pull request this run is about, if any. */
export function pullRequestNumber(payload: Record<string, unknown>): number | undefined {
  const pr = payload.pull_request as { number?: unknown } | undefined;
  if (pr && typeof pr.number === 'number') return pr.number;
  const issue = payload.issue as { number?: unknown; pull_request?: unknown } | undefined;
  if (issue?.pull_request && typeof issue.number === 'number') return issue.number;
  return undefined;
}

/** Posts or updates the one lean-prove comment on the PR; returns its URL, or undefined off a PR. */
export async function postStickyComment(
  io: ActionIO,
  token: string | undefined,
  body: string,
): Promise<string | undefined> {
  const issueNumber = pullRequestNumber(io.context.payload);
  const repository = io.context.repository;
  if (!issueNumber || !repository) return undefined;
  if (!token) throw new Error('comment is on but github-token is empty');
  const octokit = createOctokit({ token, baseUrl: io.context.apiUrl, logger: io.logger });
  const posted = await upsertStickyComment(octokit, {
    ...repository,
    issueNumber,
    marker: COMMENT_MARKER,
    body,
  });
  return posted.url;
}
