import { commitFilesToBranch } from '../github/git-data.js';
import type { Octokit } from '../github/octokit.js';
import { openOrUpdatePull } from '../github/pulls.js';
import type { PullRequestHost } from './publish.js';

/**
 * The PullRequestHost over GitHub, through the shared helpers: commits through the Git Data API
 * (so GitHub signs them), one PR per head branch opened or updated.
 */
export function githubPullRequestHost(
  octokit: Octokit,
  repository: { owner: string; repo: string },
): PullRequestHost {
  const { owner, repo } = repository;
  return {
    async commitToBranch({ branch, baseSha, message, files }) {
      const result = await commitFilesToBranch(octokit, {
        owner,
        repo,
        branch,
        baseSha,
        message,
        files,
        force: true,
      });
      return { sha: result.sha, changed: result.changed };
    },
    async openOrUpdatePull(spec) {
      const pull = await openOrUpdatePull(octokit, { owner, repo, head: spec.branch, ...spec });
      return { number: pull.number, url: pull.url, created: pull.created };
    },
    async defaultBranch() {
      return (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    },
  };
}
