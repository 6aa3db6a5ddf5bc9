import { afterAll, describe, expect, it } from 'vitest';
import { diagnosis, makeShop } from '../../test/patch/shop.js';
import { cleanupGitDirs, tempDir } from '../../test/support/git.js';
import { memoryLogger } from '../platform/logger.js';
import { createCommandRunner } from './commands.js';
import { DEFAULT_HEAL_SETTINGS, healFailure } from './heal.js';
import {
  ATTEMPT_EVENT,
  attemptsToday,
  failedBranchOf,
  ownBranchRefusal,
  type DashboardEvents,
} from './loop-guard.js';
import { branchName } from './publish.js';

afterAll(() => cleanupGitDirs());

function memoryDashboard(
  events: { kind: string; at: string; data: unknown }[] = [],
): DashboardEvents & { events: typeof events } {
  return {
    events,
    appendEvent: async (kind, data) => events.push({ kind, at: new Date().toISOString(), data }),
    readEvents: async (kind) => events.filter((e) => !kind || e.kind === kind),
  };
}

describe('loop guard', () => {
  it('knows the failing branch from a workflow_run, a PR or a push', () => {
    expect(failedBranchOf({}, { workflow_run: { head_branch: 'kintsugi/fix/main/lint' } })).toBe(
      'kintsugi/fix/main/lint',
    );
    expect(
      failedBranchOf({ GITHUB_HEAD_REF: 'feature', GITHUB_REF: 'refs/pull/3/merge' }, {}),
    ).toBe('feature');
    expect(failedBranchOf({ GITHUB_REF: 'refs/heads/main' }, {})).toBe('main');
    expect(failedBranchOf({ GITHUB_REF: 'refs/tags/v1' }, {})).toBeUndefined();
  });

  it('refuses the branches Kintsugi made', () => {
    expect(ownBranchRefusal('kintsugi/fix/main/lint', 'kintsugi/fix/')).toMatch(
      /never heals its own branches/,
    );
    expect(ownBranchRefusal('refs/heads/kintsugi/fix/x', 'kintsugi/fix/')).toBeDefined();
    expect(ownBranchRefusal('main', 'kintsugi/fix/')).toBeUndefined();
  });

  it('counts only this branch’s runs of the last 24 hours', async () => {
    const now = Date.parse('2026-11-22T12:00:00Z');
    const dashboard = memoryDashboard([
      { kind: ATTEMPT_EVENT, at: '2026-11-22T11:00:00Z', data: { branch: 'b' } },
      { kind: ATTEMPT_EVENT, at: '2026-11-21T13:00:00Z', data: { branch: 'b' } },
      { kind: ATTEMPT_EVENT, at: '2026-11-21T11:00:00Z', data: { branch: 'b' } },
      { kind: ATTEMPT_EVENT, at: '2026-11-22T11:00:00Z', data: { branch: 'other' } },
      { kind: 'flaky', at: '2026-11-22T11:00:00Z', data: { branch: 'b' } },
    ]);
    expect(await attemptsToday(dashboard, 'b', now)).toBe(2);
  });

  it('stops healing once the day’s cap for the PR branch is reached, before running anything', async () => {
    const { work } = makeShop();
    const branch = branchName('kintsugi/fix/', 'main', ['format', 'lint']);
    const at = new Date().toISOString();
    const dashboard = memoryDashboard(
      [1, 2].map(() => ({ kind: ATTEMPT_EVENT, at, data: { branch } })),
    );
    const report = await healFailure({
      workspace: work.dir,
      diagnosis: diagnosis(),
      settings: {
        ...DEFAULT_HEAL_SETTINGS,
        failedBranch: 'main',
        maxRunsPerDay: 2,
        validate: ['kintsugi-would-fail-if-run'],
      },
      github: { host: undefined as never, dashboard },
      runner: createCommandRunner({ isolation: 'none' }),
      logger: memoryLogger(),
      patchDirectory: tempDir(),
    });
    expect(report).toMatchObject({ outcome: 'skipped', patched: false });
    expect(report.message).toMatch(/already had 2 healing runs in the last 24 hours \(cap 2\)/);
  });

  it('names branches after the failing checks, deterministically and safely', () => {
    expect(branchName('kintsugi/fix/', 'main', ['lint', 'format'])).toBe(
      'kintsugi/fix/main/format-lint',
    );
    expect(branchName('kintsugi/fix/', undefined, ['Build & Test (ubuntu, 20.x)'])).toBe(
      'kintsugi/fix/build-test-ubuntu-20.x',
    );
    const long = branchName('kintsugi/fix/', 'main', [
      'a very long job name that goes on and on',
      'and another one',
    ]);
    expect(long.length).toBeLessThan(80);
    expect(long).toBe(
      branchName('kintsugi/fix/', 'main', [
        'and another one',
        'a very long job name that goes on and on',
      ]),
    );
  });
});
