import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Octokit } from '../github/octokit.js';
import {
  downloadJobLog,
  findLastSuccessfulRun,
  getRun,
  listRunJobs,
  type WorkflowRunInfo,
} from '../github/runs.js';
import { ConfigError } from '../platform/errors.js';
import type { LogFile } from './log-inputs.js';

export interface RunLogs {
  run: WorkflowRunInfo;
  files: LogFile[];
}

const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);

/** The failed jobs' logs of a run, downloaded (GitHub redirects to blob storage) into `dir`. */
export async function downloadFailedJobLogs(
  octokit: Octokit,
  where: { owner: string; repo: string; runId: number; dir: string },
): Promise<RunLogs> {
  const run = await getRun(octokit, where).catch((error: unknown) => {
    if ((error as { status?: number }).status === 404)
      throw new ConfigError(
        `Input run-id: no workflow run ${where.runId} in ${where.owner}/${where.repo} (GitHub answered 404 Not Found)`,
      );
    throw error;
  });
  const jobs = await listRunJobs(octokit, where);
  const failed = jobs.filter((j) => FAILED.has(j.conclusion ?? ''));
  await mkdir(where.dir, { recursive: true });
  const files: LogFile[] = [];
  for (const job of failed) {
    const text = await downloadJobLog(octokit, { ...where, jobId: job.id });
    const file = path.join(where.dir, `${job.id}_${safeName(job.name)}.txt`);
    await writeFile(file, text);
    const step = job.steps.find((s) => FAILED.has(s.conclusion ?? ''));
    files.push({
      path: file,
      displayName: `${job.name}.txt`,
      job: job.name,
      ...(step ? { step: step.name } : {}),
    });
  }
  return { run, files };
}

/**
 * `baseline: auto`: the logs of the same jobs in the last successful run of the same workflow on the
 * same branch. Jobs the passing run does not have get no baseline.
 */
export async function downloadBaselineLogs(
  octokit: Octokit,
  where: {
    owner: string;
    repo: string;
    run: WorkflowRunInfo;
    jobNames: readonly string[];
    dir: string;
  },
): Promise<{ baselines: Map<string, string>; note: string }> {
  const passing = await findLastSuccessfulRun(octokit, {
    owner: where.owner,
    repo: where.repo,
    // The file name (`ci.yml`) names the workflow as well as its id and reads unambiguously as a path.
    workflow: where.run.path || where.run.workflowId,
    branch: where.run.headBranch,
    excludeRunId: where.run.id,
  });
  const baselines = new Map<string, string>();
  if (!passing)
    return {
      baselines,
      note: `baseline: no successful run of this workflow on ${where.run.headBranch}`,
    };
  const jobs = await listRunJobs(octokit, {
    owner: where.owner,
    repo: where.repo,
    runId: passing.id,
  });
  await mkdir(where.dir, { recursive: true });
  for (const name of where.jobNames) {
    const job = jobs.find((j) => j.name === name && j.conclusion === 'success');
    if (!job) continue;
    const file = path.join(where.dir, `baseline_${job.id}_${safeName(job.name)}.txt`);
    await writeFile(
      file,
      await downloadJobLog(octokit, { owner: where.owner, repo: where.repo, jobId: job.id }),
    );
    baselines.set(name, file);
  }
  return {
    baselines,
    note: `baseline: run ${passing.id} (${baselines.size} of ${where.jobNames.length} jobs)`,
  };
}

function safeName(name: string): string {
  return name.replace(/[^\w.-]+/g, '_').slice(0, 80);
}
