import type { Octokit } from './octokit.js';

/** Workflow runs, their jobs and job logs: what diagnose and flaky-rerun read about a failed run. */

export interface RunRef {
  owner: string;
  repo: string;
}

export interface WorkflowRunInfo {
  id: number;
  name: string;
  workflowId: number;
  /** `.github/workflows/ci.yml` */
  path: string;
  headBranch: string;
  headSha: string;
  event: string;
  status: string;
  conclusion: string | null;
  attempt: number;
  url: string;
}

export interface JobInfo {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  steps: { name: string; number: number; conclusion: string | null }[];
  url: string;
}

type RunData = Awaited<ReturnType<Octokit['rest']['actions']['getWorkflowRun']>>['data'];

function toRun(r: RunData): WorkflowRunInfo {
  return {
    id: r.id,
    name: r.name ?? '',
    workflowId: r.workflow_id,
    path: r.path,
    headBranch: r.head_branch ?? '',
    headSha: r.head_sha,
    event: r.event,
    status: r.status ?? '',
    conclusion: r.conclusion,
    attempt: r.run_attempt ?? 1,
    url: r.html_url,
  };
}

export async function getRun(
  octokit: Octokit,
  where: RunRef & { runId: number },
): Promise<WorkflowRunInfo> {
  const { data } = await octokit.rest.actions.getWorkflowRun({
    owner: where.owner,
    repo: where.repo,
    run_id: where.runId,
  });
  return toRun(data);
}

/** Jobs of a run (its latest attempt unless `attempt` is given), every page. */
export async function listRunJobs(
  octokit: Octokit,
  where: RunRef & { runId: number; attempt?: number },
): Promise<JobInfo[]> {
  const { owner, repo, runId } = where;
  const jobs = where.attempt
    ? await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRunAttempt, {
        owner,
        repo,
        run_id: runId,
        attempt_number: where.attempt,
        per_page: 100,
      })
    : await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
        owner,
        repo,
        run_id: runId,
        filter: 'latest',
        per_page: 100,
      });
  return jobs.map((j) => ({
    id: j.id,
    name: j.name,
    status: j.status,
    conclusion: j.conclusion,
    steps: (j.steps ?? []).map((s) => ({
      name: s.name,
      number: s.number,
      conclusion: s.conclusion,
    })),
    url: j.html_url ?? '',
  }));
}

/** A job's plain-text log. GitHub answers with a redirect to blob storage, which fetch follows. */
export async function downloadJobLog(
  octokit: Octokit,
  where: RunRef & { jobId: number },
): Promise<string> {
  const response = await octokit.rest.actions.downloadJobLogsForWorkflowRun({
    owner: where.owner,
    repo: where.repo,
    job_id: where.jobId,
  });
  const data: unknown = response.data;
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  if (ArrayBuffer.isView(data))
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  throw new Error(`job ${where.jobId}: the log download returned ${typeof data}, not text`);
}

/**
 * The newest successful run of a workflow (id or file name such as `ci.yml`) on a branch, other
 * than `excludeRunId`; the passing log diagnose compares a failure against.
 */
export async function findLastSuccessfulRun(
  octokit: Octokit,
  where: RunRef & { workflow: number | string; branch: string; excludeRunId?: number },
): Promise<WorkflowRunInfo | undefined> {
  const workflow =
    typeof where.workflow === 'string' ? where.workflow.split('/').pop()! : where.workflow;
  const { data } = await octokit.rest.actions.listWorkflowRuns({
    owner: where.owner,
    repo: where.repo,
    workflow_id: workflow,
    branch: where.branch,
    status: 'success',
    per_page: 10,
  });
  const run = data.workflow_runs.find(
    (r) => r.id !== where.excludeRunId && r.conclusion === 'success',
  );
  return run && toRun(run as RunData);
}
