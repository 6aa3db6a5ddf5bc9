import { existsSync, readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDashboard } from '../../github/dashboard.js';
import { createOctokit } from '../../github/octokit.js';
import { attemptsToday } from '../../patch/loop-guard.js';
import { executeAction } from '../../platform/action.js';
import { localIO } from '../../platform/local-io.js';
import { memoryLogger } from '../../platform/logger.js';
import { startFakeGitHub, type FakeGitHub } from '../../../test/support/fake-github.js';
import { cleanupGitDirs, tempDir, type TestRepo } from '../../../test/support/git.js';
import {
  cloneShop,
  diagnosis,
  fixtureEnv,
  makeShop,
  mirrorOnFake,
  writeDiagnosis,
} from '../../../test/patch/shop.js';
import { run } from './main.js';

let github: FakeGitHub;
beforeEach(async () => {
  github = await startFakeGitHub();
});
afterEach(async () => {
  await github.close();
});
afterAll(() => cleanupGitDirs());

function io(work: TestRepo, inputs: Record<string, string>) {
  return localIO('patch', {
    inputs: { 'github-token': 'test-token', ...inputs },
    env: {
      ...fixtureEnv(),
      GITHUB_WORKSPACE: work.dir,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: github.url,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_RUN_ID: '77',
      RUNNER_TEMP: tempDir('kintsugi-runner-temp-'),
    },
    logger: memoryLogger(),
    stateDirectory: tempDir('kintsugi-state-'),
  });
}

describe('patch action', () => {
  it('with no API key heals formatting and lint end to end; the next run updates the same PR', async () => {
    const { remote, work } = makeShop();
    mirrorOnFake(github, 'acme/shop', work);
    const report = writeDiagnosis(diagnosis());
    const first = io(work, { diagnosis: report, labels: 'kintsugi' });
    const outcome = await executeAction(run, first);

    expect(outcome.message).toMatch(
      /patched 2 file\(s\) \(lint-fix, risk \d+\/100\).*PR #\d+ opened/,
    );
    expect(outcome.status).toBe('success');
    expect(first.outputs).toMatchObject({
      patched: 'true',
      'pr-url': expect.stringContaining('/pull/'),
    });
    expect(readFileSync(first.outputs['patch-path']!, 'utf8')).toContain('-  let total');
    expect(JSON.parse(readFileSync(first.outputs.report!, 'utf8'))).toMatchObject({
      schemaVersion: 1,
      patched: true,
    });
    expect(first.summaries[0]).toContain('Kintsugi patch: Patched');
    const fake = github.state.repo('acme', 'shop')!;
    const branch = 'kintsugi/fix/main/format-lint';
    expect(github.state.readFile('acme/shop', 'src/cart.ts', branch)).toContain('const total =');
    expect(fake.commits.get(fake.refs.get(`refs/heads/${branch}`)!)!.verified).toBe(true);

    const second = io(cloneShop(remote), { diagnosis: report, labels: 'kintsugi' });
    const again = await executeAction(run, second);
    expect(again.message).toMatch(/PR #\d+ updated/);
    expect(second.outputs['pr-number']).toBe(first.outputs['pr-number']);
    expect([...fake.pulls.values()]).toHaveLength(1);
    expect([...fake.refs.keys()].filter((r) => r.includes('kintsugi/'))).toEqual([
      `refs/heads/${branch}`,
    ]);
    // Both runs are on the dashboard's ledger, which caps healing runs per PR branch per day.
    const ledger = [...fake.comments.values()].filter((c) => c.body.includes('patch-attempt'));
    expect(ledger).toHaveLength(2);
    const dashboard = await openDashboard(
      createOctokit({ token: 'test-token', baseUrl: github.url }),
      { owner: 'acme', repo: 'shop' },
    );
    expect(await attemptsToday(dashboard, branch)).toBe(2);
  }, 120_000);

  it('says clearly what is wrong with the diagnosis input, and touches nothing', async () => {
    const { work } = makeShop();
    const missing = await executeAction(run, io(work, { diagnosis: 'reports/none.json' }));
    expect(missing).toMatchObject({
      status: 'failure',
      message: expect.stringMatching(/Input diagnosis got "reports\/none\.json": no such file/),
    });

    const notAnArtifact = await executeAction(run, io(work, { diagnosis: 'kintsugi-diagnose' }));
    expect(notAnArtifact.message).toMatch(/artifact kintsugi-diagnose not found/);

    const future = await executeAction(
      run,
      io(work, { diagnosis: writeDiagnosis({ ...diagnosis(), schemaVersion: 2 }) }),
    );
    expect(future.message).toMatch(
      /has schemaVersion 2; this patch reads diagnose reports with schemaVersion 1/,
    );

    const broken = await executeAction(
      run,
      io(work, { diagnosis: writeDiagnosis({ ...diagnosis(), category: 'weather', jobs: 'x' }) }),
    );
    expect(broken.message).toMatch(/is not a valid diagnose report: category: .*; jobs: /);

    const noKey = await executeAction(
      run,
      io(work, { diagnosis: writeDiagnosis(diagnosis()), llm: 'on' }),
    );
    expect(noKey.message).toMatch(
      /llm is on but no model is configured; accepted: anthropic-api-key/,
    );

    const badFixer = await executeAction(
      run,
      io(work, { diagnosis: 'x.json', fixers: 'prettier, autopep9' }),
    );
    expect(badFixer.message).toMatch(
      /Input fixers got "autopep9"; accepted: auto, none, or a list of prettier/,
    );

    expect(work.git(['status', '--porcelain', '--untracked-files=all'])).toBe('');
    expect(github.requests).toHaveLength(0);
    expect(existsSync(`${work.dir}/.kintsugi`)).toBe(false);
  });
});
