import { HttpError, notFound, ok, page, touch, type Ctx, type Routes } from './handler.js';
import type { PullRecord } from './state.js';
import { filePatch } from './patch.js';
import { pullView, userView } from './views.js';

/** Pull requests, review requests, merging. */

const R = '/repos/{owner}/{repo}';

function pullOf(ctx: Ctx): PullRecord {
  return ctx.repo().pulls.get(Number(ctx.params.pull_number)) ?? notFound();
}

/** `head` may be `owner:branch` or a bare branch. */
function branchOf(head: string): string {
  const i = head.indexOf(':');
  return i >= 0 ? head.slice(i + 1) : head;
}

export const pullRoutes: Routes = {
  [`GET ${R}/pulls`]: (ctx) => {
    const repo = ctx.repo();
    const state = (ctx.query.state as string | undefined) ?? 'open';
    const items = [...repo.pulls.values()]
      .filter((p) => state === 'all' || repo.issues.get(p.number)!.state === state)
      .filter((p) => !ctx.query.head || p.head === branchOf(String(ctx.query.head)))
      .filter((p) => !ctx.query.base || p.base === ctx.query.base)
      .sort((a, b) => b.number - a.number);
    return page(
      ctx,
      items.map((p) => pullView(ctx.view, repo, p)),
    );
  },

  [`POST ${R}/pulls`]: (ctx) => {
    const repo = ctx.repo();
    const b = ctx.body as {
      head: string;
      base: string;
      title?: string;
      body?: string;
      draft?: boolean;
    };
    const head = branchOf(b.head);
    if (!repo.refs.has(`refs/heads/${head}`))
      throw new HttpError(422, `Validation Failed: head ${head} does not exist`);
    const open = [...repo.pulls.values()].find(
      (p) => p.head === head && p.base === b.base && repo.issues.get(p.number)!.state === 'open',
    );
    if (open)
      throw new HttpError(422, `Validation Failed: A pull request already exists for ${b.head}.`);
    const pull = ctx.state.addPull(`${repo.owner}/${repo.name}`, {
      head,
      base: b.base,
      title: b.title,
      body: b.body,
      draft: b.draft,
    });
    repo.issues.get(pull.number)!.user = ctx.caller.login;
    return ok(pullView(ctx.view, repo, pull), 201);
  },

  [`GET ${R}/pulls/{pull_number}`]: (ctx) => {
    const repo = ctx.repo();
    const pull = pullOf(ctx);
    pull.headSha = repo.refs.get(`refs/heads/${pull.head}`) ?? pull.headSha;
    return ok(pullView(ctx.view, repo, pull));
  },

  [`PATCH ${R}/pulls/{pull_number}`]: (ctx) => {
    const repo = ctx.repo();
    const pull = pullOf(ctx);
    const issue = repo.issues.get(pull.number)!;
    const b = ctx.body as Partial<{
      title: string;
      body: string;
      state: 'open' | 'closed';
      base: string;
    }>;
    if (b.title !== undefined) issue.title = b.title;
    if (b.body !== undefined) issue.body = b.body;
    if (b.state !== undefined) issue.state = b.state;
    if (b.base !== undefined) pull.base = b.base;
    issue.updatedAt = touch();
    return ok(pullView(ctx.view, repo, pull));
  },

  [`POST ${R}/pulls/{pull_number}/requested_reviewers`]: (ctx) => {
    const pull = pullOf(ctx);
    const b = ctx.body as { reviewers?: string[]; team_reviewers?: string[] };
    pull.requestedReviewers = [...new Set([...pull.requestedReviewers, ...(b.reviewers ?? [])])];
    pull.requestedTeams = [...new Set([...pull.requestedTeams, ...(b.team_reviewers ?? [])])];
    return ok(pullView(ctx.view, ctx.repo(), pull), 201);
  },

  [`GET ${R}/pulls/{pull_number}/requested_reviewers`]: (ctx) => {
    const pull = pullOf(ctx);
    return ok({
      users: pull.requestedReviewers.map(userView),
      teams: pull.requestedTeams.map((slug) => ({ slug, name: slug, id: slug.length })),
    });
  },

  [`GET ${R}/pulls/{pull_number}/files`]: (ctx) => {
    const repo = ctx.repo();
    const pull = pullOf(ctx);
    const tree = (branch: string) => {
      const sha = repo.refs.get(`refs/heads/${branch}`);
      const commit = sha ? repo.commits.get(sha) : undefined;
      return new Map((commit ? repo.trees.get(commit.tree)! : []).map((e) => [e.path, e.sha]));
    };
    const head = tree(pull.head);
    const base = tree(pull.base);
    const files = [...new Set([...head.keys(), ...base.keys()])]
      .filter((f) => head.get(f) !== base.get(f))
      .map((filename) => ({
        sha: head.get(filename) ?? base.get(filename),
        filename,
        status: !base.has(filename) ? 'added' : !head.has(filename) ? 'removed' : 'modified',
        ...filePatch(repo.blobs, base.get(filename), head.get(filename)),
      }));
    return page(ctx, files);
  },

  [`PUT ${R}/pulls/{pull_number}/merge`]: (ctx) => {
    const repo = ctx.repo();
    const pull = pullOf(ctx);
    const sha = repo.refs.get(`refs/heads/${pull.head}`) ?? pull.headSha;
    pull.merged = true;
    repo.issues.get(pull.number)!.state = 'closed';
    repo.refs.set(`refs/heads/${pull.base}`, sha);
    return ok({ sha, merged: true, message: 'Pull Request successfully merged' });
  },
};
