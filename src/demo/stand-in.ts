import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github/server.js';
import { mirrorCheckout } from '../../test/support/mirror-checkout.js';
import type { JobRun } from './sample-ci.js';

/** The local stand-in for GitHub: the repository, its failed CI run and the event that reports it. */
export interface GitHubStandIn {
  fake: FakeGitHub;
  fullName: string;
  runId: number;
  headSha: string;
  /** A workflow_run `completed` event payload file, as the runner puts in GITHUB_EVENT_PATH. */
  eventPath: string;
}

/**
 * Starts the fake GitHub (every request checked against GitHub's OpenAPI description), makes the
 * checkout's HEAD known to it, and seeds the failed run with the jobs and the logs the sample CI
 * really wrote, so that the pipeline downloads them through the API as on a runner.
 */
export async function startGitHubStandIn(options: {
  fullName: string;
  checkout: string;
  jobs: readonly JobRun[];
  eventDir: string;
  branch?: string;
}): Promise<GitHubStandIn> {
  const fake = await startFakeGitHub();
  const headSha = mirrorCheckout(fake, options.fullName, options.checkout);
  const failed = options.jobs.some((j) => j.exitCode !== 0);
  const jobs = await Promise.all(
    options.jobs.map(async (job) => ({
      name: job.name,
      conclusion: job.exitCode === 0 ? 'success' : 'failure',
      log: await readFile(job.logFile, 'utf8'),
      steps: [
        { name: 'Set up job', number: 1, status: 'completed', conclusion: 'success' },
        {
          name: `Run ${job.command}`,
          number: 2,
          status: 'completed',
          conclusion: job.exitCode === 0 ? 'success' : 'failure',
        },
      ],
    })),
  );
  const run = fake.state.addWorkflowRun(options.fullName, {
    name: 'CI',
    headBranch: options.branch ?? 'main',
    headSha,
    event: 'push',
    conclusion: failed ? 'failure' : 'success',
    jobs,
  });
  const eventPath = path.join(options.eventDir, 'workflow_run.json');
  await writeFile(eventPath, JSON.stringify(workflowRunEvent(options.fullName, run, fake.url)));
  return { fake, fullName: options.fullName, runId: run.id, headSha, eventPath };
}

/** The fields of GitHub's workflow_run event the pipeline reads, shaped as GitHub sends them. */
export function workflowRunEvent(
  fullName: string,
  run: { id: number; name: string; headBranch: string; headSha: string; conclusion: string | null },
  apiUrl: string,
): Record<string, unknown> {
  const [owner] = fullName.split('/');
  return {
    action: 'completed',
    workflow_run: {
      id: run.id,
      name: run.name,
      head_branch: run.headBranch,
      head_sha: run.headSha,
      event: 'push',
      status: 'completed',
      conclusion: run.conclusion,
      run_attempt: 1,
      url: `${apiUrl}/repos/${fullName}/actions/runs/${run.id}`,
      html_url: `https://github.com/${fullName}/actions/runs/${run.id}`,
    },
    repository: { full_name: fullName, name: fullName.split('/')[1], owner: { login: owner } },
    sender: { login: 'github-actions[bot]', type: 'Bot' },
  };
}
