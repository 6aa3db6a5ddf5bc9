import {
  HttpError,
  noContent,
  notFound,
  ok,
  page,
  touch,
  type Ctx,
  type Routes,
} from './handler.js';
import { newId, type IssueRecord, type RepoRecord } from './state.js';
import { commentView, issueView, labelView, repoView } from './views.js';

/** Repositories, issues, issue comments, labels and repository variables. */

const R = '/repos/{owner}/{repo}';

function issueOf(ctx: Ctx): IssueRecord {
  return ctx.repo().issues.get(Number(ctx.params.issue_number)) ?? notFound();
}

function commentOf(ctx: Ctx) {
  return ctx.repo().comments.get(Number(ctx.params.comment_id)) ?? notFound();
}

function setLabels(ctx: Ctx, repo: RepoRecord, issue: IssueRecord, labels: unknown[]): void {
  const names = labels.map((l) =>
    typeof l === 'string' ? l : String((l as { name?: string }).name),
  );
  issue.labels = [...new Set(names.map((n) => ctx.state.ensureLabel(repo, n).name))];
}

export const issueRoutes: Routes = {
  [`GET ${R}`]: (ctx) => ok(repoView(ctx.view, ctx.repo())),

  [`GET ${R}/issues`]: (ctx) => {
    const repo = ctx.repo();
    const state = (ctx.query.state as string | undefined) ?? 'open';
    const wanted = ((ctx.query.labels as string | undefined) ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    const items = [...repo.issues.values()]
      .filter((i) => state === 'all' || i.state === state)
      .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
      .filter((i) => !ctx.query.creator || i.user === ctx.query.creator)
      .sort((a, b) => (ctx.query.direction === 'asc' ? a.number - b.number : b.number - a.number));
    return page(
      ctx,
      items.map((i) => issueView(ctx.view, repo, i)),
    );
  },

  [`POST ${R}/issues`]: (ctx) => {
    const repo = ctx.repo();
    const b = ctx.body as {
      title: string | number;
      body?: string;
      labels?: unknown[];
      assignees?: string[];
    };
    const issue = ctx.state.addIssue(`${repo.owner}/${repo.name}`, {
      title: String(b.title),
      body: b.body,
      user: ctx.caller.login,
    });
    setLabels(ctx, repo, issue, b.labels ?? []);
    issue.assignees = b.assignees ?? [];
    return ok(issueView(ctx.view, repo, issue), 201);
  },

  [`GET ${R}/issues/{issue_number}`]: (ctx) => ok(issueView(ctx.view, ctx.repo(), issueOf(ctx))),

  [`PATCH ${R}/issues/{issue_number}`]: (ctx) => {
    const repo = ctx.repo();
    const issue = issueOf(ctx);
    const b = ctx.body as Partial<{
      title: string;
      body: string | null;
      state: 'open' | 'closed';
      labels: unknown[];
    }>;
    if (b.title !== undefined) issue.title = String(b.title);
    if (b.body !== undefined) issue.body = b.body;
    if (b.state !== undefined) issue.state = b.state;
    if (b.labels !== undefined) setLabels(ctx, repo, issue, b.labels);
    issue.updatedAt = touch();
    return ok(issueView(ctx.view, repo, issue));
  },

  [`GET ${R}/issues/{issue_number}/comments`]: (ctx) => {
    const repo = ctx.repo();
    const issue = issueOf(ctx);
    const items = [...repo.comments.values()].filter((c) => c.issueNumber === issue.number);
    return page(
      ctx,
      items.map((c) => commentView(ctx.view, repo, c)),
    );
  },

  [`POST ${R}/issues/{issue_number}/comments`]: (ctx) => {
    const repo = ctx.repo();
    const issue = issueOf(ctx);
    const c = ctx.state.addComment(
      `${repo.owner}/${repo.name}`,
      issue.number,
      ctx.body.body,
      ctx.caller.login,
      // Whoever the suite authenticates as has write access to the repository it works on.
      ctx.caller.login.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    );
    issue.updatedAt = touch();
    return ok(commentView(ctx.view, repo, c), 201);
  },

  [`GET ${R}/issues/comments/{comment_id}`]: (ctx) =>
    ok(commentView(ctx.view, ctx.repo(), commentOf(ctx))),

  [`PATCH ${R}/issues/comments/{comment_id}`]: (ctx) => {
    const c = commentOf(ctx);
    c.body = ctx.body.body;
    c.updatedAt = touch();
    return ok(commentView(ctx.view, ctx.repo(), c));
  },

  [`DELETE ${R}/issues/comments/{comment_id}`]: (ctx) => {
    const c = commentOf(ctx);
    ctx.repo().comments.delete(c.id);
    return noContent();
  },

  [`GET ${R}/issues/{issue_number}/labels`]: (ctx) => {
    const repo = ctx.repo();
    return page(
      ctx,
      issueOf(ctx).labels.map((n) => labelView(repo.labels.get(n.toLowerCase())!)),
    );
  },

  [`POST ${R}/issues/{issue_number}/labels`]: (ctx) => {
    const repo = ctx.repo();
    const issue = issueOf(ctx);
    const b = ctx.body as { labels?: unknown[] } | unknown[];
    const added = Array.isArray(b) ? b : (b.labels ?? []);
    setLabels(ctx, repo, issue, [...issue.labels, ...added]);
    issue.updatedAt = touch();
    return ok(issue.labels.map((n) => labelView(repo.labels.get(n.toLowerCase())!)));
  },

  [`DELETE ${R}/issues/{issue_number}/labels/{name}`]: (ctx) => {
    const repo = ctx.repo();
    const issue = issueOf(ctx);
    const before = issue.labels.length;
    issue.labels = issue.labels.filter((l) => l.toLowerCase() !== ctx.params.name!.toLowerCase());
    if (issue.labels.length === before) throw new HttpError(404, 'Label does not exist');
    issue.updatedAt = touch();
    return ok(issue.labels.map((n) => labelView(repo.labels.get(n.toLowerCase())!)));
  },

  [`GET ${R}/labels/{name}`]: (ctx) =>
    ok(labelView(ctx.repo().labels.get(ctx.params.name!.toLowerCase()) ?? notFound())),

  [`POST ${R}/labels`]: (ctx) => {
    const repo = ctx.repo();
    const b = ctx.body as { name: string; color?: string; description?: string };
    if (repo.labels.has(b.name.toLowerCase()))
      throw new HttpError(422, 'Validation Failed: already_exists');
    const label = {
      id: newId(),
      name: b.name,
      color: b.color ?? 'ededed',
      description: b.description ?? null,
    };
    repo.labels.set(b.name.toLowerCase(), label);
    return ok(labelView(label), 201);
  },

  [`GET ${R}/actions/variables/{name}`]: (ctx) => {
    const value = ctx.repo().variables.get(ctx.params.name!) ?? notFound();
    return ok({ name: ctx.params.name, value, created_at: touch(), updated_at: touch() });
  },
};
