import { notFound, ok, page, type Routes } from './handler.js';
import { newId } from './state.js';
import { checkRunView } from './views.js';

/** Check runs and commit statuses. */

const R = '/repos/{owner}/{repo}';

export const checkRoutes: Routes = {
  [`GET ${R}/commits/{ref}/check-runs`]: (ctx) => {
    const repo = ctx.repo();
    const sha = ctx.state.resolveRef(repo, ctx.params.ref!) ?? ctx.params.ref!;
    const runs = repo.checkRuns.filter(
      (c) => c.headSha === sha && (!ctx.query.check_name || c.name === ctx.query.check_name),
    );
    return page(
      ctx,
      runs.map((c) => checkRunView(ctx.view, repo, c)),
      (items, total) => ({ total_count: total, check_runs: items }),
    );
  },

  [`POST ${R}/check-runs`]: (ctx) => {
    const repo = ctx.repo();
    const b = ctx.body as {
      name: string;
      head_sha: string;
      status?: string;
      conclusion?: string;
      output?: object;
      details_url?: string;
    };
    const record = ctx.state.addCheckRun(`${repo.owner}/${repo.name}`, {
      name: b.name,
      headSha: b.head_sha,
      status: b.conclusion ? 'completed' : (b.status ?? 'queued'),
      conclusion: b.conclusion ?? null,
    });
    record.output = b.output;
    record.detailsUrl = b.details_url;
    return ok(checkRunView(ctx.view, repo, record), 201);
  },

  [`PATCH ${R}/check-runs/{check_run_id}`]: (ctx) => {
    const repo = ctx.repo();
    const record =
      repo.checkRuns.find((c) => c.id === Number(ctx.params.check_run_id)) ?? notFound();
    const b = ctx.body as { status?: string; conclusion?: string; output?: object };
    if (b.status) record.status = b.status;
    if (b.conclusion) Object.assign(record, { conclusion: b.conclusion, status: 'completed' });
    if (b.output) record.output = b.output;
    return ok(checkRunView(ctx.view, repo, record));
  },

  [`POST ${R}/statuses/{sha}`]: (ctx) => {
    const repo = ctx.repo();
    const b = ctx.body as {
      state: string;
      context?: string;
      description?: string;
      target_url?: string;
    };
    const status = {
      id: newId(),
      sha: ctx.params.sha!,
      state: b.state,
      context: b.context ?? 'default',
      description: b.description ?? null,
      targetUrl: b.target_url ?? null,
    };
    repo.statuses.push(status);
    return ok(
      {
        id: status.id,
        state: status.state,
        context: status.context,
        description: status.description,
        target_url: status.targetUrl,
      },
      201,
    );
  },

  [`GET ${R}/commits/{ref}/status`]: (ctx) => {
    const repo = ctx.repo();
    const sha = ctx.state.resolveRef(repo, ctx.params.ref!) ?? ctx.params.ref!;
    const latest = new Map(repo.statuses.filter((s) => s.sha === sha).map((s) => [s.context, s]));
    const list = [...latest.values()];
    const state = list.some((s) => s.state === 'failure' || s.state === 'error')
      ? 'failure'
      : list.every((s) => s.state === 'success') && list.length
        ? 'success'
        : 'pending';
    return ok({
      sha,
      state,
      total_count: list.length,
      statuses: list.map((s) => ({
        id: s.id,
        state: s.state,
        context: s.context,
        description: s.description,
        target_url: s.targetUrl,
      })),
    });
  },
};
