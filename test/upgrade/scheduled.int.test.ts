import { execFile } from 'node:child_process';
import { mkdtemp, rm, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../src/github/octokit.js';
import { findOpenPullByHead } from '../../src/github/pulls.js';
import { run as runPatchAction } from '../../src/actions/patch/main.js';
import { executeAction } from '../../src/platform/action.js';
import { localIO } from '../../src/platform/local-io.js';
import { createModelClient } from '../../src/llm/index.js';
import { githubPullRequestHost } from '../../src/patch/github-host.js';
import { ConfigError } from '../../src/platform/errors.js';
import { memoryLogger } from '../../src/platform/logger.js';
import { npmAdapter } from '../../src/upgrade/npm.js';
import { runScheduledUpgrade, type ScheduledUpgradeOptions } from '../../src/upgrade/scheduled.js';
import { startFakeAnthropic, toolReply, type FakeAnthropic } from '../support/fake-anthropic.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { mirrorCheckout } from '../support/mirror-checkout.js';
import { startLocalRegistry, type LocalRegistry } from '../support/verdaccio.js';
import { makeFixtureProject, NEW, NEWER_GOOD, OLD } from './fixture.js';

const exec = promisify(execFile);
const REPO = 'acme/shop';

const settings = {
  latest: false,
  validate: ['npm test --silent'],
  validationTimeoutMs: 60_000,
  openPr: true,
  branchPrefix: 'kintsugi/upgrade/',
  draft: false,
  labels: ['dependencies'],
  reviewers: [],
  llm: false,
  maxAttempts: 1,
  maxDiffLines: 50,
  budgetTokens: 16_000,
};

interface World {
  registry: LocalRegistry;
  project: string;
  github: FakeGitHub;
  model?: FakeAnthropic;
  cleanup: string[];
}

let world: World | undefined;

async function setUp(): Promise<World> {
  const registry = await startLocalRegistry();
  for (const pkg of OLD) await registry.publish(pkg);
  const project = await makeFixtureProject(registry);
  for (const pkg of NEW) await registry.publish(pkg);
  const github = await startFakeGitHub();
  mirrorCheckout(github, REPO, project);
  world = { registry, project, github, cleanup: [project] };
  return world;
}

afterEach(async () => {
  if (!world) return;
  await world.github.close();
  await world.model?.close();
  await world.registry.close();
  for (const dir of world.cleanup) await rm(dir, { recursive: true, force: true });
  world = undefined;
});

function options(
  w: World,
  overrides: Partial<ScheduledUpgradeOptions> = {},
): ScheduledUpgradeOptions {
  const octokit = createOctokit({ token: 'test-token', baseUrl: w.github.url });
  const [owner, repo] = REPO.split('/') as [string, string];
  return {
    workspace: w.project,
    adapter: npmAdapter({ registry: w.registry.url }),
    settings,
    github: {
      host: githubPullRequestHost(octokit, { owner, repo }),
      openPullBody: async (branch) => {
        const pull = await findOpenPullByHead(octokit, { owner, repo, head: branch });
        return (
          pull && {
            number: pull.number,
            body:
              (await octokit.rest.pulls.get({ owner, repo, pull_number: pull.number })).data.body ??
              '',
          }
        );
      },
    },
    logger: memoryLogger(),
    patchDirectory: path.join(w.project, '..', `${path.basename(w.project)}-patches`),
    ...overrides,
  };
}

/** A scheduled run starts from a fresh checkout of the default branch. */
async function freshCheckout(project: string): Promise<void> {
  await exec('git', ['checkout', '--', '.'], { cwd: project });
}

const pulls = (w: World) => [...w.github.state.repo('acme', 'shop')!.pulls.values()];

describe('scheduled upgrades end to end (Verdaccio, fake GitHub)', () => {
  it('opens one PR with the good upgrades, does nothing when nothing is new, updates the same PR on a new release', async () => {
    const w = await setUp();
    const first = await runScheduledUpgrade(options(w));
    expect(first.outcome).toBe('partially-upgraded');
    expect(first.upgraded).toHaveLength(6);
    expect(first.heldBack.map((h) => h.group).sort()).toEqual(['kfx-dates', 'kfx-parse']);
    expect(first.heldBack.find((h) => h.group === 'kfx-dates')?.excerpt).toContain(
      'formatDate is not a function',
    );
    expect(first.testRuns.afterBaseline).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(8)) + 2);
    console.log(
      `scheduled upgrade: ${first.testRuns.total} test runs (${first.testRuns.afterBaseline} after the baseline)`,
    );
    expect(first.pullRequest?.created).toBe(true);
    const [pr] = pulls(w);
    expect(pulls(w)).toHaveLength(1);
    const body = w.github.state.repo('acme', 'shop')!.issues.get(pr!.number)!.body ?? '';
    expect(body).toContain('| `kfx-math` | 1.0.0 | 1.1.0 | minor |');
    expect(body).toContain('kfx-dates 1.0.0 → 1.2.0');
    expect(w.github.state.readFile(REPO, 'package.json', 'kintsugi/upgrade/npm')).toContain(
      '"kfx-math": "^1.1.0"',
    );

    await freshCheckout(w.project);
    const again = await runScheduledUpgrade(options(w));
    expect(again.outcome).toBe('unchanged');
    expect(again.testRuns.total).toBe(0);
    expect(pulls(w)).toHaveLength(1);

    await w.registry.publish(NEWER_GOOD);
    await freshCheckout(w.project);
    const third = await runScheduledUpgrade(options(w));
    expect(third.pullRequest).toMatchObject({ number: pr!.number, created: false });
    expect(pulls(w)).toHaveLength(1);
    expect(w.github.state.readFile(REPO, 'package.json', 'kintsugi/upgrade/npm')).toContain(
      '"kfx-log": "^0.3.2"',
    );
  }, 300_000);

  it('upgrades a culprit with a scripted model patch that adapts the code, validated', async () => {
    const w = await setUp();
    w.model = await startFakeAnthropic({
      replies: [
        toolReply({
          edits: [
            {
              path: 'index.js',
              search:
                "const { formatDate } = require('kfx-dates');\n\nexports.invoiceDate = (date) => formatDate(date);",
              replace:
                "const { format } = require('kfx-dates');\n\nexports.invoiceDate = (date) => format(date);",
            },
          ],
          explanation: 'kfx-dates 1.2 renamed formatDate to format',
        }),
        toolReply({
          edits: [{ path: 'index.js', search: 'parseList(s)', replace: 'parseList(s || "x")' }],
          explanation: 'guess',
        }),
      ],
    });
    const model = createModelClient({
      provider: 'anthropic',
      apiKey: 'test-key',
      model: 'claude-test',
      baseUrl: w.model.url,
      maxRetries: 0,
    });
    const report = await runScheduledUpgrade(
      options(w, { model, settings: { ...settings, llm: true } }),
    );
    const dates = report.heldBack.find((h) => h.group === 'kfx-dates');
    expect(dates?.adapted?.files).toEqual(['index.js']);
    expect(report.heldBack.find((h) => h.group === 'kfx-parse')?.adapted).toBeUndefined();
    expect(w.github.state.readFile(REPO, 'index.js', 'kintsugi/upgrade/npm')).toContain(
      'format(date)',
    );
    expect(w.github.state.readFile(REPO, 'package.json', 'kintsugi/upgrade/npm')).toContain(
      '"kfx-dates": "^1.2.0"',
    );
    expect(w.github.state.readFile(REPO, 'package.json', 'kintsugi/upgrade/npm')).toContain(
      '"kfx-parse": "^1.3.0"',
    );
    w.model.assertAllRepliesUsed();
  }, 300_000);

  it('says clearly what is wrong: no lockfile, an unreachable registry, tests red before any upgrade', async () => {
    const w = await setUp();
    const unreachable = npmAdapter({ registry: 'http://127.0.0.1:9' });
    await expect(runScheduledUpgrade(options(w, { adapter: unreachable }))).rejects.toThrow(
      /the npm registry http:\/\/127\.0\.0\.1:9 is unreachable/,
    );

    await exec('git', ['rm', '-q', '--cached', 'package-lock.json'], { cwd: w.project });
    await exec(
      'git',
      ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '-q', '-m', 'no lock'],
      { cwd: w.project },
    );
    await unlink(path.join(w.project, 'package-lock.json'));
    const noLock = runScheduledUpgrade(options(w));
    await expect(noLock).rejects.toBeInstanceOf(ConfigError);
    await expect(noLock).rejects.toThrow(/no lockfile: package-lock.json not found/);

    const other = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-red-'));
    w.cleanup.push(other);
    const red = await runScheduledUpgrade(
      options(w, {
        workspace: w.project,
        settings: { ...settings, validate: ['node -e "process.exit(1)"'] },
        adapter: npmAdapter({ registry: w.registry.url }),
      }),
    ).catch((e: Error) => e);
    // Without a lockfile the red-baseline case cannot be reached; restore it and try again.
    expect(red).toBeInstanceOf(ConfigError);
    await exec('git', ['reset', '-q', '--hard', 'HEAD~1'], { cwd: w.project });
    const baselineRed = await runScheduledUpgrade(
      options(w, { settings: { ...settings, validate: ['node -e "process.exit(1)"'] } }),
    );
    expect(baselineRed.outcome).toBe('baseline-red');
    expect(baselineRed.message).toContain('nothing to bisect');
    expect(baselineRed.testRuns.total).toBe(1);
    expect(pulls(w)).toHaveLength(0);
  }, 300_000);

  it('runs as the patch action in mode upgrade (the same inputs a workflow gives)', async () => {
    const w = await setUp();
    const io = localIO('patch', {
      inputs: {
        mode: 'upgrade',
        validate: 'npm test --silent',
        'open-pr': 'false',
        fixers: 'auto',
        llm: 'off',
        'max-attempts': '3',
        'max-diff-lines': '200',
        'branch-prefix': 'kintsugi/fix/',
      },
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        GITHUB_WORKSPACE: w.project,
        RUNNER_TEMP: path.join(w.project, '..'),
      },
      logger: memoryLogger(),
    });
    const outcome = await executeAction(runPatchAction, io);
    expect(outcome.status).toBe('success');
    expect(outcome.message).toContain('held back: kfx-dates, kfx-parse');
    expect(io.outputs.report).toMatch(/patch-report\.json$/);
    expect(io.summaries[0]).toContain('| kfx-math | 1.0.0 | 1.1.0 | minor |');

    const missing = await executeAction(
      runPatchAction,
      localIO('patch', {
        inputs: { mode: 'upgrade', 'open-pr': 'false' },
        env: { GITHUB_WORKSPACE: w.project },
        logger: memoryLogger(),
      }),
    );
    expect(missing.status).toBe('failure');
    expect(missing.message).toContain('Input validate: the upgrade mode needs the commands');
  }, 300_000);
});
