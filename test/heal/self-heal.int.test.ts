import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copySampleRepo, runSampleCi, type JobRun } from '../../src/demo/sample-ci.js';
import { startGitHubStandIn, type GitHubStandIn } from '../../src/demo/stand-in.js';
import { packageRoot } from '../../src/platform/package-root.js';
import { cleanupGitDirs, clone, git, makeBareRemote } from '../support/git.js';

// The root action run the way the runner runs it: a child process of `node` on the action's entry,
// INPUT_* from action.yml's defaults plus the workflow's `with:`, the workflow_run event payload in
// GITHUB_EVENT_PATH, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files; GitHub is the fake (seeded with the
// run and the logs of really running the sample's CI); the workspace is a clone of a bare remote.

const ROOT = packageRoot();
const REPOSITORY = 'sample/shop';
let workspace: string;
let stateDir: string;
let jobs: JobRun[];
let github: GitHubStandIn;
let sampleRoot: string;

beforeAll(async () => {
  const sample = await copySampleRepo(path.join(ROOT, 'examples', 'sample-repo'), ROOT);
  sampleRoot = path.dirname(sample);
  const remote = makeBareRemote();
  git(sample, ['push', '-q', remote.url, 'main']);
  workspace = clone(remote, 'main').dir;
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(workspace, 'node_modules'), 'dir');
  stateDir = mkdtempSync(path.join(os.tmpdir(), 'kintsugi-sample-state-'));
  jobs = await runSampleCi(workspace, path.join(path.dirname(sample), 'ci-logs'), {
    ...process.env,
    SAMPLE_STATE_DIR: stateDir,
  });
  github = await startGitHubStandIn({
    fullName: REPOSITORY,
    checkout: workspace,
    jobs,
    eventDir: mkdtempSync(path.join(os.tmpdir(), 'kintsugi-event-')),
  });
}, 120_000);

afterAll(async () => {
  await github?.fake.close();
  cleanupGitDirs();
  rmSync(stateDir, { recursive: true, force: true });
  rmSync(sampleRoot, { recursive: true, force: true });
});

interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

/** INPUT_* as the runner fills them: every input of action.yml, its default where one is literal. */
function runnerInputs(given: Record<string, string>): Record<string, string> {
  const spec = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    const fallback =
      input.default !== undefined && !input.default.includes('${{') ? input.default : '';
    env[`INPUT_${name.toUpperCase()}`] = given[name] ?? fallback;
  }
  return env;
}

function readOutputs(file: string): Record<string, string> {
  // core.setOutput writes `name<<delimiter\nvalue\ndelimiter` blocks.
  const outputs: Record<string, string> = {};
  const re = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm;
  for (const m of readFileSync(file, 'utf8').matchAll(re)) outputs[m[1]!] = m[3]!;
  return outputs;
}

async function runAction(extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  git(workspace, ['checkout', '-q', '--', '.']); // every run starts from a fresh checkout
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kintsugi-runner-'));
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? dir,
    SAMPLE_STATE_DIR: stateDir,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: github.eventPath,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_API_URL: github.fake.url,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: github.headSha,
    GITHUB_RUN_ID: '999',
    RUNNER_TEMP: dir,
    ...runnerInputs({ 'github-token': 'ghs_runner_token', 'test-command': 'npx vitest run' }),
    ...extraEnv,
  };
  const entry = path.join(ROOT, 'src', 'actions', 'self-heal', 'index.ts');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', entry],
      { cwd: workspace, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) =>
        resolve({
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          stdout,
          outputs: readOutputs(files.output),
          summary: readFileSync(files.summary, 'utf8'),
        }),
    );
  });
}

const writes = () => github.fake.requests.filter((r) => r.method !== 'GET');
const repoState = () => github.fake.state.repo('sample', 'shop')!;

describe('the root action on a workflow_run failure', () => {
  it('the sample CI really failed on format, lint and the flaky test', () => {
    expect(jobs.map((j) => [j.name, j.exitCode !== 0])).toEqual([
      ['format', true],
      ['lint', true],
      ['test', true],
    ]);
  });

  it('heals format and lint into one PR with a green validation, leaves the flaky test alone, and a second run duplicates nothing', async () => {
    const first = await runAction();
    expect(first.code, first.stdout).toBe(0);
    expect(first.outputs.patched).toBe('true');
    expect(first.outputs.flaky).toBe('true');
    expect(first.outputs.category).toBeTruthy();
    expect(Number(first.outputs['risk-score'])).toBeGreaterThanOrEqual(0);
    expect(first.outputs['pr-url']).toMatch(/\/pull\/\d+$/);
    const report = JSON.parse(readFileSync(first.outputs.report!, 'utf8'));
    expect(report.outcome).toBe('healed');
    expect(report.patchedChecks).toEqual(['format', 'lint']);
    expect(report.patch.patch.files.sort()).toEqual(['src/cart.ts', 'src/format.ts']);
    const validation = report.patch.patch.validation as { command: string; passed: boolean }[];
    expect(validation.map((v) => v.command)).toEqual(
      expect.arrayContaining(['npm run format:check', 'npm run lint']),
    );
    expect(validation.every((v) => v.passed)).toBe(true);
    expect(first.summary).toMatch(/Kintsugi self-heal: healed/);

    const pulls = [...repoState().pulls.values()];
    expect(pulls).toHaveLength(1);
    const pull = pulls[0]!;
    expect(pull.head).toBe('kintsugi/fix/main/format-lint');
    expect(github.fake.state.readFile(REPOSITORY, 'src/format.ts', pull.head)).toBe(
      readFileSync(path.join(workspace, 'src/format.ts'), 'utf8'),
    );
    const issue = repoState().issues.get(pull.number)!;
    expect(issue.labels.filter((l) => l.startsWith('risk:'))).toHaveLength(1);
    const prComments = () =>
      [...repoState().comments.values()].filter((c) => c.issueNumber === pull.number);
    expect(prComments()).toHaveLength(1);
    const headAfterFirst = repoState().refs.get(`refs/heads/${pull.head}`);

    const second = await runAction();
    expect(second.code, second.stdout).toBe(0);
    expect(second.outputs['pr-url']).toBe(first.outputs['pr-url']);
    expect([...repoState().pulls.values()]).toHaveLength(1);
    expect([...repoState().refs.keys()].filter((r) => r.includes('kintsugi/'))).toEqual([
      `refs/heads/${pull.head}`,
    ]);
    expect(repoState().refs.get(`refs/heads/${pull.head}`)).toBe(headAfterFirst);
    expect(prComments()).toHaveLength(1);
    github.fake.assertNoViolations();
  }, 240_000);

  it('writes nothing with the kill switch on: KINTSUGI_PAUSED=true, then the kintsugi:pause label', async () => {
    const before = writes().length;
    const byVariable = await runAction({ KINTSUGI_PAUSED: 'true' });
    expect(byVariable.code).toBe(0);
    expect(byVariable.outputs.paused).toBe('true');
    expect(writes()).toHaveLength(before);

    const dashboard = [...repoState().issues.values()].find((i) => i.labels.includes('kintsugi'));
    expect(dashboard, 'the first run opened the dashboard issue').toBeDefined();
    github.fake.state.ensureLabel(repoState(), 'kintsugi:pause');
    dashboard!.labels.push('kintsugi:pause');
    const byLabel = await runAction();
    expect(byLabel.code).toBe(0);
    expect(byLabel.outputs.paused).toBe('true');
    expect(byLabel.stdout).toMatch(/paused/);
    expect(writes()).toHaveLength(before);
    dashboard!.labels.splice(dashboard!.labels.indexOf('kintsugi:pause'), 1);
  }, 120_000);
});

describe('the root action on its own branch', () => {
  it('never heals a branch under branch-prefix (loop guard), writing nothing', async () => {
    const before = writes().length;
    const event = JSON.parse(readFileSync(github.eventPath, 'utf8'));
    event.workflow_run.head_branch = 'kintsugi/fix/main/format-lint';
    const eventPath = path.join(path.dirname(github.eventPath), 'own-branch.json');
    writeFileSync(eventPath, JSON.stringify(event));
    const result = await runAction({ GITHUB_EVENT_PATH: eventPath });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/loop guard/);
    expect(writes()).toHaveLength(before);
  }, 60_000);
});
