import { createOctokit } from '../../github/octokit.js';
import type { ProofSearch } from '../../lean/proofs.js';
import { githubPullRequestHost } from '../../patch/github-host.js';
import { branchName, publishFix } from '../../patch/publish.js';
import type { ActionIO } from '../../platform/action.js';

const BRANCH_PREFIX = 'kintsugi/lean-proofs/';

interface Target {
  base: string;
  baseSha: string;
}

/** Where the proofs go: onto the PR's own head branch (same repository only), or the pushed branch. */
function proofTarget(io: ActionIO): Target | string {
  const payload = io.context.payload as {
    pull_request?: { head?: { ref?: string; sha?: string; repo?: { full_name?: string } } };
  };
  const repository = io.context.repository!;
  const head = payload.pull_request?.head;
  if (head) {
    if (
      head.repo?.full_name?.toLowerCase() !== `${repository.owner}/${repository.repo}`.toLowerCase()
    )
      return 'the pull request comes from a fork; the patch file is in the report instead';
    if (!head.ref || !head.sha) return 'the event has no head branch';
    return { base: head.ref, baseSha: head.sha };
  }
  const ref = io.context.ref ?? '';
  if (!ref.startsWith('refs/heads/') || !io.context.sha)
    return `not on a branch (${ref || 'no ref'})`;
  return { base: ref.slice('refs/heads/'.length), baseSha: io.context.sha };
}

/**
 * The checked proofs as a draft PR through patch's own publishing code (Git Data API commit, one PR
 * per branch, updated on re-runs). Returns the PR URL, or why none was opened.
 */
export async function openProofPullRequest(
  io: ActionIO,
  token: string | undefined,
  proofs: ProofSearch,
): Promise<{ url?: string; skipped?: string }> {
  if (proofs.files.length === 0) return { skipped: 'no proof passed Lean' };
  if (!io.context.repository) return { skipped: 'GITHUB_REPOSITORY is not set' };
  if (!token) return { skipped: 'github-token is empty' };
  const target = proofTarget(io);
  if (typeof target === 'string') return { skipped: target };
  if (target.base.startsWith('kintsugi/'))
    return { skipped: `${target.base} is a Kintsugi branch; it is never patched` };
  const octokit = createOctokit({ token, baseUrl: io.context.apiUrl, logger: io.logger });
  const names = proofs.proposals.map((p) => `\`${p.theorem}\``);
  const pull = await publishFix(githubPullRequestHost(octokit, io.context.repository), {
    branch: branchName(BRANCH_PREFIX, target.base, ['proofs']),
    base: target.base,
    baseSha: target.baseSha,
    files: proofs.files,
    title: `Lean proofs for ${proofs.proposals.length} theorem(s)`,
    body: [
      'Proofs proposed by a model and each checked by Lean (`lake env lean`, no error, no sorry) before this PR was opened:',
      '',
      ...names.map((n) => `- ${n}`),
      '',
      'Review them as you would any proof: Lean accepted them, but the statements are yours.',
    ].join('\n'),
    commitMessage: `Prove ${names.join(', ').replace(/`/g, '')}\n\nChecked by Lean before committing (kintsugi lean-prove).`,
    draft: true,
    labels: ['kintsugi'],
    reviewers: [],
  });
  return { url: pull.url };
}
