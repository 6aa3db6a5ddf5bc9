import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../../test/support/fake-github.js';
import { createOctokit } from './octokit.js';
import { downloadJobLog, findLastSuccessfulRun, getRun, listRunJobs } from './runs.js';

describe('workflow runs, jobs and logs', () => {
  const github = useFakeGitHub({ repo: 'acme/widgets' });
  const where = { owner: 'acme', repo: 'widgets' };

  it('lists jobs and downloads a log through the redirect', async () => {
    const octokit = createOctokit({ token: 't', baseUrl: github().url });
    const run = github().state.addWorkflowRun('acme/widgets', {
      conclusion: 'failure',
      jobs: [
        { name: 'lint', log: 'all good\n' },
        {
          name: 'test',
          conclusion: 'failure',
          log: '2026-01-01T00:00:00Z FAIL src/a.test.ts\n',
          steps: [{ name: 'npm test', number: 3, status: 'completed', conclusion: 'failure' }],
        },
      ],
    });
    expect(await getRun(octokit, { ...where, runId: run.id })).toMatchObject({
      id: run.id,
      conclusion: 'failure',
      path: '.github/workflows/ci.yml',
    });
    const jobs = await listRunJobs(octokit, { ...where, runId: run.id });
    expect(jobs.map((j) => [j.name, j.conclusion])).toEqual([
      ['lint', 'success'],
      ['test', 'failure'],
    ]);
    expect(jobs[1]!.steps).toEqual([{ name: 'npm test', number: 3, conclusion: 'failure' }]);
    const log = await downloadJobLog(octokit, { ...where, jobId: jobs[1]!.id });
    expect(log).toBe('2026-01-01T00:00:00Z FAIL src/a.test.ts\n');
    // The API answered with a redirect and the client followed it to the blob.
    const statuses = github()
      .requests.filter((r) => r.path.includes('/logs') || r.path.startsWith('/_blobs/'))
      .map((r) => r.status);
    expect(statuses).toEqual([302, 200]);
  });

  it('finds the last successful run of a workflow on a branch', async () => {
    const octokit = createOctokit({ token: 't', baseUrl: github().url });
    const s = github().state;
    const old = s.addWorkflowRun('acme/widgets', { createdAt: '2026-01-01T00:00:00Z' });
    s.addWorkflowRun('acme/widgets', { createdAt: '2026-01-02T00:00:00Z', headBranch: 'feature' });
    s.addWorkflowRun('acme/widgets', {
      createdAt: '2026-01-03T00:00:00Z',
      path: '.github/workflows/other.yml',
      workflowId: 2,
    });
    const failed = s.addWorkflowRun('acme/widgets', {
      createdAt: '2026-01-04T00:00:00Z',
      conclusion: 'failure',
    });
    const found = await findLastSuccessfulRun(octokit, {
      ...where,
      workflow: '.github/workflows/ci.yml',
      branch: 'main',
      excludeRunId: failed.id,
    });
    expect(found?.id).toBe(old.id);
    expect(
      await findLastSuccessfulRun(octokit, { ...where, workflow: 'ci.yml', branch: 'nope' }),
    ).toBeUndefined();
  });
});
