import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { run } from '../actions/self-heal/main.js';
import { createOctokit } from '../github/octokit.js';
import type { SelfHealReport } from '../heal/pipeline.js';
import { executeAction } from '../platform/action.js';
import { localIO } from '../platform/local-io.js';
import { memoryLogger } from '../platform/logger.js';
import { packageRoot } from '../platform/package-root.js';
import { checkDemo } from './checks.js';
import { renderHtml, renderMarkdown, type DemoPullRequest, type DemoResult } from './render.js';
import { copySampleRepo, runSampleCi } from './sample-ci.js';
import { startGitHubStandIn, type GitHubStandIn } from './stand-in.js';

export interface DemoRun {
  result: DemoResult;
  reports: { markdown: string; html: string; log: string };
  /** Where the sample copy, its logs and the reports live. */
  directory: string;
}

const REPOSITORY = 'sample/shop';

/**
 * The demo: the sample repository's real CI, then the root action's own `run` (the same code the
 * runner executes) against a local GitHub stand-in, without network or API key.
 */
export async function runDemo(): Promise<DemoRun> {
  const started = Date.now();
  const root = packageRoot();
  const checkout = await copySampleRepo(path.join(root, 'examples', 'sample-repo'), root);
  const directory = path.dirname(checkout);
  // A fresh "day" for the flaky test: it times out once (in the CI run) and passes on re-runs.
  const sampleState = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-sample-state-'));
  // The flaky check's test processes inherit this process's environment, as on a runner.
  const previousState = process.env.SAMPLE_STATE_DIR;
  process.env.SAMPLE_STATE_DIR = sampleState;
  const env = { ...process.env, KINTSUGI_PAUSED: undefined };
  const jobs = await runSampleCi(checkout, path.join(directory, 'ci-logs'), env);
  const runnerTemp = path.join(directory, 'runner-temp');
  await mkdir(runnerTemp, { recursive: true });
  const github = await startGitHubStandIn({
    fullName: REPOSITORY,
    checkout,
    jobs,
    eventDir: runnerTemp,
  });
  const logger = memoryLogger();
  let heal: SelfHealReport | undefined;
  let outcomeMessage = '';
  let pullRequest: DemoPullRequest | undefined;
  try {
    const io = localIO('self-heal', {
      inputs: { 'test-command': 'npx vitest run', 'test-reports': 'reports/junit.xml' },
      env: {
        ...env,
        GITHUB_TOKEN: 'demo-token',
        GITHUB_API_URL: github.fake.url,
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_WORKSPACE: checkout,
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: github.eventPath,
        GITHUB_SHA: github.headSha,
        RUNNER_TEMP: runnerTemp,
      },
      logger,
      stateDirectory: path.join(runnerTemp, 'state'),
    });
    const outcome = await executeAction(run, io);
    heal = outcome.report as SelfHealReport | undefined;
    outcomeMessage = `${outcome.status}: ${outcome.message ?? ''}`;
    pullRequest = await pullRequestOnStandIn(github);
  } finally {
    await github.fake.close();
    if (previousState === undefined) delete process.env.SAMPLE_STATE_DIR;
    else process.env.SAMPLE_STATE_DIR = previousState;
    await rm(sampleState, { recursive: true, force: true });
  }
  const result: DemoResult = {
    jobs,
    heal: heal ?? emptyReport(outcomeMessage),
    pullRequest,
    seconds: (Date.now() - started) / 1000,
    problems: [],
  };
  result.problems = checkDemo(result, heal ? undefined : outcomeMessage);
  const reports = {
    markdown: path.join(directory, 'kintsugi-demo-report.md'),
    html: path.join(directory, 'kintsugi-demo-report.html'),
    log: path.join(directory, 'kintsugi-demo.log'),
  };
  await writeFile(reports.markdown, renderMarkdown(result));
  await writeFile(reports.html, renderHtml(result));
  await writeFile(reports.log, `${logger.lines.join('\n')}\n`);
  return { result, reports, directory };
}

/** The PR as the stand-in holds it, read back through the API like any client would. */
async function pullRequestOnStandIn(github: GitHubStandIn): Promise<DemoPullRequest | undefined> {
  const octokit = createOctokit({ token: 'demo-token', baseUrl: github.fake.url });
  const [owner, repo] = github.fullName.split('/') as [string, string];
  const { data: pulls } = await octokit.rest.pulls.list({ owner, repo, state: 'open' });
  const pull = pulls[0];
  if (!pull) return undefined;
  const { data: files } = await octokit.rest.pulls.listFiles({
    owner,
    repo,
    pull_number: pull.number,
  });
  return {
    number: pull.number,
    url: pull.html_url,
    title: pull.title,
    branch: pull.head.ref,
    base: pull.base.ref,
    files: files.map((f) => f.filename),
    labels: pull.labels.map((l) => l.name ?? ''),
    body: pull.body ?? '',
  };
}

function emptyReport(message: string): SelfHealReport {
  return {
    schemaVersion: 1,
    outcome: 'not-healed',
    message,
    diagnosis: {
      category: 'unknown',
      confidence: 0,
      summary: '',
      failingTests: [],
      tools: [],
      jobs: [],
    },
    patchedChecks: [],
  };
}
