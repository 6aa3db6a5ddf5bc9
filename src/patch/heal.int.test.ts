import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOctokit } from '../github/octokit.js';
import { createModelClient } from '../llm/index.js';
import { ConfigError } from '../platform/errors.js';
import { memoryLogger } from '../platform/logger.js';
import {
  startFakeAnthropic,
  toolReply,
  type FakeAnthropic,
} from '../../test/support/fake-anthropic.js';
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github.js';
import { cleanupGitDirs, tempDir, type TestRepo } from '../../test/support/git.js';
import {
  diagnosis,
  fixtureEnv,
  makeShop,
  mirrorOnFake,
  testDiagnosis,
} from '../../test/patch/shop.js';
import { createCommandRunner } from './commands.js';
import { githubPullRequestHost } from './github-host.js';
import { DEFAULT_HEAL_SETTINGS, healFailure, type HealOptions, type HealSettings } from './heal.js';

const REPO = 'acme/shop';
// The scripted model name is one the SDK warns about; the warning is noise here.
vi.spyOn(console, 'warn').mockImplementation(() => {});
let github: FakeGitHub;
let model: FakeAnthropic | undefined;

beforeEach(async () => {
  github = await startFakeGitHub();
});
afterEach(async () => {
  await github.close();
  await model?.close();
  model = undefined;
});
afterAll(() => cleanupGitDirs());

function options(
  work: TestRepo,
  overrides: Partial<HealSettings> = {},
  extra: Partial<HealOptions> = {},
): HealOptions {
  const octokit = createOctokit({ token: 'test-token', baseUrl: github.url });
  return {
    workspace: work.dir,
    diagnosis: diagnosis(),
    settings: {
      ...DEFAULT_HEAL_SETTINGS,
      failedBranch: 'main',
      labels: ['kintsugi'],
      reviewers: ['octocat'],
      ...overrides,
    },
    github: { host: githubPullRequestHost(octokit, { owner: 'acme', repo: 'shop' }) },
    runner: createCommandRunner({ env: fixtureEnv() }),
    logger: memoryLogger(),
    patchDirectory: tempDir('kintsugi-patches-'),
    ...extra,
  };
}

function status(work: TestRepo): string {
  return work.git(['status', '--porcelain', '--untracked-files=all']);
}

describe('healFailure without a model', () => {
  it('keeps what the validation commands write out of the patch', async () => {
    const { work } = makeShop();
    const check = 'echo report > validation-report.txt && node_modules/.bin/prettier --check src';
    const report = await healFailure(options(work, { validate: [check], openPr: false }));
    expect(report.patched).toBe(true);
    expect(report.patch!.files.sort()).toEqual(['src/cart.ts', 'src/price.ts']);
    expect(report.patch!.diff).not.toContain('validation-report.txt');
    expect(
      status(work)
        .split('\n')
        .map((line) => line.trim())
        .sort(),
    ).toEqual(['M src/cart.ts', 'M src/price.ts']);
  }, 60_000);

  it('never heals a branch it created', async () => {
    const { work } = makeShop();
    const report = await healFailure(
      options(work, { failedBranch: 'kintsugi/fix/main/format-lint' }),
    );
    expect(report.outcome).toBe('skipped');
    expect(report.message).toMatch(/never heals its own branches/);
    expect(github.requests).toHaveLength(0);
  });

  it('refuses a dirty work tree and leaves it exactly as it was', async () => {
    const { work } = makeShop();
    writeFileSync(path.join(work.dir, 'src/cart.ts'), 'export const mine = 1;\n');
    const before = status(work);
    await expect(healFailure(options(work))).rejects.toThrow(ConfigError);
    await expect(healFailure(options(work))).rejects.toThrow(
      /uncommitted changes \(M src\/cart\.ts\)/,
    );
    expect(status(work)).toBe(before);
    expect(readFileSync(path.join(work.dir, 'src/cart.ts'), 'utf8')).toBe(
      'export const mine = 1;\n',
    );
  });

  it('stops on a validation command that does not exist, before touching anything', async () => {
    const { work } = makeShop();
    const run = healFailure(options(work, { validate: ['true', 'kintsugi-no-such-tool --check'] }));
    await expect(run).rejects.toThrow(
      /Input validate: command not found: "kintsugi-no-such-tool --check"/,
    );
    expect(status(work)).toBe('');
  });
});

describe('healFailure with the model', () => {
  async function withModel(replies: ReturnType<typeof toolReply>[]) {
    model = await startFakeAnthropic({ replies });
    return createModelClient({
      provider: 'anthropic',
      apiKey: 'test-key',
      model: 'claude-sonnet-5-5',
      baseUrl: model.url,
      maxRetries: 0,
    });
  }

  it('feeds a SEARCH that does not match back, applies the next reply, validates it and opens the PR', async () => {
    const { work } = makeShop();
    mirrorOnFake(github, REPO, work);
    const client = await withModel([
      toolReply({
        edits: [
          { path: 'src/discount.ts', search: 'const discounted = amount * percent;', replace: 'x' },
        ],
        explanation: 'guess',
      }),
      toolReply({
        edits: [
          {
            path: 'src/discount.ts',
            search: '  const discounted = amount * (percent / 100);',
            replace: '  const discounted = amount * (1 - percent / 100);',
          },
        ],
        explanation: 'the discount must be taken off, not kept',
      }),
    ]);
    const report = await healFailure(
      options(work, { llm: true, fixers: [] }, { diagnosis: testDiagnosis(), model: client }),
    );

    expect(report.attempts.map((a) => a.outcome)).toEqual(['edit-failed', 'accepted']);
    expect(report.attempts[0]!.reasons[0]).toMatch(/SEARCH does not match/);
    const secondPrompt = JSON.stringify(model!.requests[1]!.body);
    expect(secondPrompt).toContain('did you mean lines 3-3');
    expect(report.patched).toBe(true);
    expect(report.patch).toMatchObject({ source: 'model', files: ['src/discount.ts'] });
    expect(report.patch!.validation[0]).toMatchObject({
      command: 'npx vitest run src/discount.test.ts',
      passed: true,
    });
    expect(report.pullRequest?.created).toBe(true);
    const body = github.state.repo('acme', 'shop')!.issues.get(report.pullRequest!.number)!.body!;
    expect(body).toContain('> the discount must be taken off, not kept');
    expect(body).toContain('| `npx vitest run src/discount.test.ts` | failed | passed |');
    expect(report.audit.tokensIn).toBeGreaterThan(0);
    model!.assertAllRepliesUsed();
  }, 60_000);

  it('feeds the failing test output back when an applied patch does not validate, and undoes it', async () => {
    const { work } = makeShop();
    const client = await withModel([
      toolReply({
        edits: [
          {
            path: 'src/discount.ts',
            search: 'amount * (percent / 100)',
            replace: 'amount - percent',
          },
        ],
        explanation: 'subtract',
      }),
      toolReply({
        edits: [
          {
            path: 'src/discount.ts',
            search: 'amount * (percent / 100)',
            replace: 'amount * (1 - percent / 100)',
          },
        ],
        explanation: 'take the percentage off',
      }),
    ]);
    const report = await healFailure(
      options(
        work,
        { llm: true, fixers: [], openPr: false },
        { diagnosis: testDiagnosis(), model: client },
      ),
    );
    expect(report.attempts.map((a) => a.outcome)).toEqual(['validation-failed', 'accepted']);
    expect(report.attempts[0]!.reasons).toEqual([
      'npx vitest run src/discount.test.ts still fails (exit 1)',
    ]);
    const secondPrompt = JSON.stringify(model!.requests[1]!.body);
    expect(secondPrompt).toContain('expected 175 to be 150');
    // The second SEARCH only matches if the first, failed edit was undone.
    expect(readFileSync(path.join(work.dir, 'src/discount.ts'), 'utf8')).toContain(
      'amount * (1 - percent / 100)',
    );
  }, 60_000);

  it('rejects edits to workflows, outside the workspace, deleting or skipping tests, and leaves the tree clean', async () => {
    const { work } = makeShop();
    const testFile = readFileSync(path.join(work.dir, 'src/discount.test.ts'), 'utf8');
    const zeroTest =
      "  it('leaves the price alone at 0%', () => {\n    expect(applyDiscount(80, 0)).toBe(80);\n  });\n";
    const client = await withModel([
      toolReply({
        edits: [
          { path: '.github/workflows/ci.yml', search: '      - run: npm test\n', replace: '' },
        ],
        explanation: 'drop the test step',
      }),
      toolReply({
        edits: [{ path: '../outside.txt', search: '', replace: 'escaped\n' }],
        explanation: 'write outside',
      }),
      toolReply({
        edits: [{ path: 'src/discount.test.ts', search: zeroTest, replace: '' }],
        explanation: 'delete a test',
      }),
      toolReply({
        edits: [
          {
            path: 'src/discount.test.ts',
            search: "  it('takes the percentage off'",
            replace: "  it.skip('takes the percentage off'",
          },
        ],
        explanation: 'skip it',
      }),
    ]);
    const report = await healFailure(
      options(
        work,
        { llm: true, fixers: [], maxAttempts: 4 },
        { diagnosis: testDiagnosis(), model: client },
      ),
    );

    expect(report.patched).toBe(false);
    const reasons = report.attempts.map((a) => a.reasons.join('; '));
    expect(reasons[0]).toMatch(/\.github\/workflows\/ci\.yml is a workflow/);
    expect(reasons[1]).toMatch(/\.\.\/outside\.txt is outside the workspace/);
    expect(reasons[2]).toMatch(/src\/discount\.test\.ts: removes tests/);
    expect(reasons[3]).toMatch(/skips or focuses tests/);
    expect(
      report.attempts.every((a) => a.outcome === 'rejected' || a.outcome === 'edit-failed'),
    ).toBe(true);
    expect(status(work)).toBe('');
    expect(existsSync(path.join(work.dir, '..', 'outside.txt'))).toBe(false);
    expect(readFileSync(path.join(work.dir, 'src/discount.test.ts'), 'utf8')).toBe(testFile);
    expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
    model!.assertAllRepliesUsed();
  }, 60_000);
});
