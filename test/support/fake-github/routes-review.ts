import { notFound, ok, page, type Routes } from './handler.js';
import { newId, now, type FakeGitHubState, type RepoRecord } from './state.js';
import { commitView, userView } from './views.js';

/**
 * What a PR reviewer reads (added for risk-gate): a PR's commits with their verification and
 * GitHub author, its reviews, and a branch with its protection flag. Seed with the helpers below;
 * the data sits beside the state (a WeakMap) so the state's own records stay as they are.
 */

interface ReviewSeed {
  user: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  body?: string;
}
interface ReviewExtras {
  reviews: Map<string, (ReviewSeed & { id: number; submittedAt: string; commitId: string })[]>;
  protectedBranches: Set<string>;
  commitAuthors: Map<string, string>;
}

const extras = new WeakMap<FakeGitHubState, ReviewExtras>();
function extrasOf(state: FakeGitHubState): ReviewExtras {
  let found = extras.get(state);
  if (!found) {
    found = { reviews: new Map(), protectedBranches: new Set(), commitAuthors: new Map() };
    extras.set(state, found);
  }
  return found;
}
const key = (repo: RepoRecord, rest: string | number) =>
  `${repo.owner}/${repo.name}#${rest}`.toLowerCase();

export function seedReview(
  state: FakeGitHubState,
  fullName: string,
  pullNumber: number,
  review: ReviewSeed,
): void {
  const [owner, name] = fullName.split('/');
  const repo = state.repo(owner!, name!)!;
  const pull = repo.pulls.get(pullNumber)!;
  const list = extrasOf(state).reviews.get(key(repo, pullNumber)) ?? [];
  list.push({ ...review, id: newId(), submittedAt: now(), commitId: pull.headSha });
  extrasOf(state).reviews.set(key(repo, pullNumber), list);
}

export function protectBranch(state: FakeGitHubState, fullName: string, branch: string): void {
  const [owner, name] = fullName.split('/');
  extrasOf(state).protectedBranches.add(key(state.repo(owner!, name!)!, branch));
}

/** The GitHub account a commit is attributed to (pushed commits have none unless seeded). */
export function setCommitAuthor(state: FakeGitHubState, sha: string, login: string): void {
  extrasOf(state).commitAuthors.set(sha, login);
}

/** Commits reachable from `from` and not from `stop`, oldest first (what a PR's commits are). */
function commitsBetween(
  repo: RepoRecord,
  from: string | undefined,
  stop: string | undefined,
): string[] {
  const excluded = new Set<string>();
  const walk = (start: string | undefined, into: Set<string>) => {
    const queue = start ? [start] : [];
    while (queue.length > 0) {
      const sha = queue.pop()!;
      if (into.has(sha) || (into !== excluded && excluded.has(sha))) continue;
      into.add(sha);
      queue.push(...(repo.commits.get(sha)?.parents ?? []));
    }
  };
  walk(stop, excluded);
  const included = new Set<string>();
  walk(from, included);
  return [...included].reverse();
}

const R = '/repos/{owner}/{repo}';

export const reviewRoutes: Routes = {
  [`GET ${R}/pulls/{pull_number}/commits`]: (ctx) => {
    const repo = ctx.repo();
    const pull = repo.pulls.get(Number(ctx.params.pull_number)) ?? notFound();
    const head = repo.refs.get(`refs/heads/${pull.head}`) ?? pull.headSha;
    const shas = commitsBetween(repo, head, repo.refs.get(`refs/heads/${pull.base}`));
    const authors = extrasOf(ctx.state).commitAuthors;
    return page(
      ctx,
      shas.map((sha) => {
        const commit = commitView(ctx.view, repo, repo.commits.get(sha)!);
        const login = authors.get(sha);
        return {
          sha,
          node_id: commit.node_id,
          url: `${ctx.view.api}/repos/${repo.owner}/${repo.name}/commits/${sha}`,
          html_url: commit.html_url,
          comments_url: `${ctx.view.api}/repos/${repo.owner}/${repo.name}/commits/${sha}/comments`,
          commit: { ...commit, comment_count: 0 },
          author: login ? userView(login) : null,
          committer: login ? userView(login) : null,
          parents: commit.parents,
        };
      }),
    );
  },

  [`GET ${R}/pulls/{pull_number}/reviews`]: (ctx) => {
    const repo = ctx.repo();
    if (!repo.pulls.has(Number(ctx.params.pull_number))) notFound();
    const list = extrasOf(ctx.state).reviews.get(key(repo, Number(ctx.params.pull_number))) ?? [];
    return page(
      ctx,
      list.map((r) => ({
        id: r.id,
        node_id: `PRR_${r.id}`,
        user: userView(r.user),
        body: r.body ?? '',
        state: r.state,
        html_url: `${ctx.view.web}/${repo.owner}/${repo.name}/pull/${ctx.params.pull_number}#pullrequestreview-${r.id}`,
        pull_request_url: `${ctx.view.api}/repos/${repo.owner}/${repo.name}/pulls/${ctx.params.pull_number}`,
        submitted_at: r.submittedAt,
        commit_id: r.commitId,
        author_association: 'MEMBER',
        _links: {
          html: {
            href: `${ctx.view.web}/${repo.owner}/${repo.name}/pull/${ctx.params.pull_number}#pullrequestreview-${r.id}`,
          },
          pull_request: {
            href: `${ctx.view.api}/repos/${repo.owner}/${repo.name}/pulls/${ctx.params.pull_number}`,
          },
        },
      })),
    );
  },

  [`GET ${R}/branches/{branch}`]: (ctx) => {
    const repo = ctx.repo();
    const sha = repo.refs.get(`refs/heads/${ctx.params.branch}`) ?? notFound('Branch not found');
    const isProtected = extrasOf(ctx.state).protectedBranches.has(key(repo, ctx.params.branch!));
    return ok({
      name: ctx.params.branch,
      commit: { sha, url: `${ctx.view.api}/repos/${repo.owner}/${repo.name}/commits/${sha}` },
      protected: isProtected,
      protection: {
        enabled: isProtected,
        required_status_checks: { enforcement_level: 'off', contexts: [] },
      },
      protection_url: `${ctx.view.api}/repos/${repo.owner}/${repo.name}/branches/${ctx.params.branch}/protection`,
      _links: {
        self: `${ctx.view.api}/repos/${repo.owner}/${repo.name}/branches/${ctx.params.branch}`,
        html: `${ctx.view.web}/${repo.owner}/${repo.name}/tree/${ctx.params.branch}`,
      },
    });
  },
};
