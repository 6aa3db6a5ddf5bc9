import type { Octokit } from '../github/octokit.js';
import type { BranchFile, PullRequestHost } from './publish.js';

function isStatus(error: unknown, status: number): boolean {
  return (error as { status?: number } | null)?.status === status;
}

/**
 * The PullRequestHost over GitHub's REST API. Commits go through the Git Data API (blobs via inline
 * tree content, tree, commit, ref) so that GitHub signs them as the token's owner or App.
 */
export function githubPullRequestHost(
  octokit: Octokit,
  repository: { owner: string; repo: string },
): PullRequestHost {
  const { owner, repo } = repository;
  return {
    async commitToBranch({ branch, baseSha, message, files }) {
      const base = await octokit.rest.git.getCommit({ owner, repo, commit_sha: baseSha });
      const tree = await octokit.rest.git.createTree({
        owner,
        repo,
        base_tree: base.data.tree.sha,
        tree: files.map(treeEntry),
      });
      const ref = `heads/${branch}`;
      const current = await octokit.rest.git
        .getRef({ owner, repo, ref })
        .catch((error: unknown) => {
          if (isStatus(error, 404)) return undefined;
          throw error;
        });
      if (current) {
        // The same fix on the same base: keep the branch as it is (no new commit, no PR churn).
        const head = await octokit.rest.git.getCommit({
          owner,
          repo,
          commit_sha: current.data.object.sha,
        });
        if (
          head.data.tree.sha === tree.data.sha &&
          head.data.parents.some((p) => p.sha === baseSha)
        ) {
          return { sha: head.data.sha, changed: false };
        }
      }
      const commit = await octokit.rest.git.createCommit({
        owner,
        repo,
        message,
        tree: tree.data.sha,
        parents: [baseSha],
      });
      if (current)
        await octokit.rest.git.updateRef({ owner, repo, ref, sha: commit.data.sha, force: true });
      else
        await octokit.rest.git.createRef({ owner, repo, ref: `refs/${ref}`, sha: commit.data.sha });
      return { sha: commit.data.sha, changed: true };
    },
    async findOpenPull(branch) {
      const pulls = await octokit.rest.pulls.list({
        owner,
        repo,
        state: 'open',
        head: `${owner}:${branch}`,
        per_page: 10,
      });
      const pull = pulls.data.find((p) => p.head.ref === branch);
      return pull ? { number: pull.number, url: pull.html_url } : undefined;
    },
    async openPull({ branch, base, title, body, draft }) {
      const pull = await octokit.rest.pulls.create({
        owner,
        repo,
        head: branch,
        base,
        title,
        body,
        draft,
      });
      return { number: pull.data.number, url: pull.data.html_url };
    },
    async updatePull(number, { title, body }) {
      await octokit.rest.pulls.update({ owner, repo, pull_number: number, title, body });
    },
    async addLabels(number, labels) {
      await octokit.rest.issues.addLabels({ owner, repo, issue_number: number, labels });
    },
    async requestReviewers(number, reviewers) {
      const teams = reviewers.filter((r) => r.startsWith('team:')).map((r) => r.slice(5));
      const users = reviewers.filter((r) => !r.startsWith('team:'));
      await octokit.rest.pulls.requestReviewers({
        owner,
        repo,
        pull_number: number,
        reviewers: users,
        team_reviewers: teams,
      });
    },
    async defaultBranch() {
      return (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
    },
  };
}

function treeEntry(file: BranchFile) {
  const mode = file.executable ? ('100755' as const) : ('100644' as const);
  if (file.content === null) return { path: file.path, mode, type: 'blob' as const, sha: null };
  return { path: file.path, mode, type: 'blob' as const, content: file.content };
}
