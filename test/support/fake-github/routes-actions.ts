import { randomUUID } from 'node:crypto';
import { noContent, notFound, ok, page, type Ctx, type Routes } from './handler.js';
import { newId, type RunRecord } from './state.js';
import { jobView, runView } from './views.js';

/** Workflow runs, jobs, job logs (with GitHub's redirect), artifacts, deployments. */

const R = '/repos/{owner}/{repo}';

function runOf(ctx: Ctx): RunRecord {
  return ctx.repo().runs.get(Number(ctx.params.run_id)) ?? notFound();
}

function listRuns(ctx: Ctx, filter: (r: RunRecord) => boolean) {
  const repo = ctx.repo();
  const q = ctx.query;
  const runs = [...repo.runs.values()]
    .filter(filter)
    .filter((r) => !q.branch || r.headBranch === q.branch)
    .filter((r) => !q.event || r.event === q.event)
    .filter((r) => !q.head_sha || r.headSha === q.head_sha)
    .filter((r) => !q.status || r.status === q.status || r.conclusion === q.status)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
  return page(
    ctx,
    runs.map((r) => runView(ctx.view, repo, r)),
    (items, total) => ({ total_count: total, workflow_runs: items }),
  );
}

export const actionRoutes: Routes = {
  [`GET ${R}/actions/runs`]: (ctx) => listRuns(ctx, () => true),

  [`GET ${R}/actions/workflows/{workflow_id}/runs`]: (ctx) => {
    const id = ctx.params.workflow_id!;
    return listRuns(ctx, (r) => String(r.workflowId) === id || r.path.endsWith(`/${id}`));
  },

  [`GET ${R}/actions/runs/{run_id}`]: (ctx) => ok(runView(ctx.view, ctx.repo(), runOf(ctx))),

  [`GET ${R}/actions/runs/{run_id}/jobs`]: (ctx) => {
    const repo = ctx.repo();
    const run = runOf(ctx);
    const jobs = run.jobs.map((id) => ctx.state.jobs.get(id)!.job);
    return page(
      ctx,
      jobs.map((j) => jobView(ctx.view, repo, run, j)),
      (items, total) => ({ total_count: total, jobs: items }),
    );
  },

  [`GET ${R}/actions/jobs/{job_id}`]: (ctx) => {
    const repo = ctx.repo();
    const entry = ctx.state.jobs.get(Number(ctx.params.job_id)) ?? notFound();
    return ok(jobView(ctx.view, repo, repo.runs.get(entry.job.runId)!, entry.job));
  },

  // GitHub answers with a redirect to short-lived blob storage; clients must follow it.
  [`GET ${R}/actions/jobs/{job_id}/logs`]: (ctx) => {
    const entry = ctx.state.jobs.get(Number(ctx.params.job_id)) ?? notFound();
    const key = randomUUID();
    ctx.state.downloads.set(key, entry.job.log);
    return { status: 302, headers: { location: `${ctx.view.api}/_blobs/${key}` } };
  },

  [`GET ${R}/actions/runs/{run_id}/artifacts`]: (ctx) => {
    const repo = ctx.repo();
    const run = runOf(ctx);
    const items = run.artifacts
      .filter((a) => !ctx.query.name || a.name === ctx.query.name)
      .map((a) => ({
        id: a.id,
        name: a.name,
        size_in_bytes: a.sizeInBytes,
        expired: false,
        archive_download_url: `${ctx.view.api}/repos/${repo.owner}/${repo.name}/actions/artifacts/${a.id}/zip`,
        workflow_run: { id: run.id, head_branch: run.headBranch, head_sha: run.headSha },
      }));
    return page(ctx, items, (slice, total) => ({ total_count: total, artifacts: slice }));
  },

  [`POST ${R}/actions/runs/{run_id}/rerun-failed-jobs`]: (ctx) => {
    const run = runOf(ctx);
    run.runAttempt += 1;
    run.status = 'queued';
    run.conclusion = null;
    return ok({}, 201);
  },

  [`POST ${R}/actions/runs/{run_id}/cancel`]: (ctx) => {
    runOf(ctx).status = 'cancelled';
    return ok({}, 202);
  },

  [`POST ${R}/deployments`]: (ctx) => {
    const repo = ctx.repo();
    const b = ctx.body as { ref: string; environment?: string };
    const sha = ctx.state.resolveRef(repo, b.ref) ?? b.ref;
    const d = {
      id: newId(),
      ref: b.ref,
      sha,
      environment: b.environment ?? 'production',
      statuses: [],
    };
    repo.deployments.push(d);
    return ok({ id: d.id, ref: d.ref, sha: d.sha, environment: d.environment }, 201);
  },

  [`GET ${R}/deployments`]: (ctx) => {
    const repo = ctx.repo();
    const items = repo.deployments
      .filter((d) => !ctx.query.environment || d.environment === ctx.query.environment)
      .map((d) => ({ id: d.id, ref: d.ref, sha: d.sha, environment: d.environment }));
    return page(ctx, items);
  },

  [`POST ${R}/deployments/{deployment_id}/statuses`]: (ctx) => {
    const repo = ctx.repo();
    const d = repo.deployments.find((x) => x.id === Number(ctx.params.deployment_id)) ?? notFound();
    const b = ctx.body as { state: string; description?: string };
    const status = { id: newId(), state: b.state, description: b.description };
    d.statuses.push(status);
    return ok(status, 201);
  },

  [`DELETE ${R}/actions/runs/{run_id}`]: (ctx) => {
    ctx.repo().runs.delete(runOf(ctx).id);
    return noContent();
  },
};
