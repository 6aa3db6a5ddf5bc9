import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSyncConfig } from '../../src/sync/config.js';
import { memoryHost, type AccessProvider } from '../../src/sync/host.js';
import type { OnConflict } from '../../src/sync/resolve.js';
import { syncTargets, type SyncOptions } from '../../src/sync/sync.js';
import { memoryLogger } from '../../src/platform/logger.js';
import { git, SyncRepos } from './repos.js';

let repos: SyncRepos;
let host: ReturnType<typeof memoryHost>;
const access: AccessProvider = async (_t, permissions) => ({
  via: 'none',
  permissions,
  host,
  release: async () => false,
});

beforeEach(async () => {
  repos = await SyncRepos.create();
  host = memoryHost();
});
afterEach(() => repos.dispose());

const CONFIG = `targets:
  - repo: acme/one
    paths: ["shared/**"]
    exclude: ["**/local.txt"]
    delete_orphaned: true
`;

async function sync(options: Partial<SyncOptions> = {}, config = CONFIG) {
  const logger = memoryLogger();
  const report = await syncTargets({
    config: parseSyncConfig(config),
    source: { repo: 'acme/foundation', dir: repos.sourceDir },
    access,
    logger,
    options: {
      dryRun: false,
      rollback: false,
      onConflict: 'pr-with-markers',
      branchPrefix: 'kintsugi/sync/',
      remoteUrl: (t) => repos.bare(t.repo),
      serverUrl: 'https://github.com',
      identity: { name: 'kintsugi', email: 'kintsugi@example.com' },
      ...options,
    },
  });
  return { report, logger };
}

const BRANCH = 'refs/heads/kintsugi/sync/acme-foundation';

describe('repo-sync engine on local bare repositories', () => {
  it('syncs, then does nothing when nothing changed, then merges a change made on both sides', async () => {
    await repos.commitSource({
      'shared/a.txt': 'one\ntwo\nthree\n',
      'shared/local.txt': 'src',
      'other.txt': 'x',
    });
    await repos.createTarget('acme/one', { 'shared/local.txt': 'mine' });
    const first = await sync();
    const t = first.report.targets[0]!;
    expect(t.status, t.error).toBe('synced');
    expect(t.files?.added).toEqual(['shared/a.txt']);
    expect(t.files?.untouchedByExclude).toEqual(['shared/local.txt']);
    expect(await repos.file('acme/one', BRANCH, 'shared/a.txt')).toBe('one\ntwo\nthree');
    expect(await repos.file('acme/one', BRANCH, 'shared/local.txt')).toBe('mine');
    expect(await repos.file('acme/one', BRANCH, 'other.txt')).toBeUndefined();
    expect(host.pulls).toHaveLength(1);

    const branchBefore = await repos.ref('acme/one', BRANCH);
    const second = await sync();
    expect(second.report.targets[0]).toMatchObject({
      status: 'unchanged',
      pullRequest: { operation: 'none' },
    });
    expect(await repos.ref('acme/one', BRANCH)).toBe(branchBefore);

    await repos.mergeInto('acme/one', 'kintsugi/sync/acme-foundation');
    await repos.commitTarget('acme/one', { 'shared/a.txt': 'ONE\ntwo\nthree\n' });
    await repos.commitSource({ 'shared/a.txt': 'one\ntwo\nTHREE\n' });
    const third = await sync();
    expect(third.report.targets[0]?.files?.merged).toEqual(['shared/a.txt']);
    expect(await repos.file('acme/one', BRANCH, 'shared/a.txt')).toBe('ONE\ntwo\nTHREE');
  });

  it.each<[OnConflict, string | undefined]>([
    ['pr-with-markers', '<<<<<<<'],
    ['skip', 'target edit'],
    ['issue', 'target edit'],
    ['overwrite', 'source edit'],
  ])('handles a conflict with on-conflict %s', async (onConflict, expected) => {
    await repos.commitSource({ 'shared/a.txt': 'base\n' });
    await repos.createTarget('acme/one', {});
    await sync();
    await repos.mergeInto('acme/one', 'kintsugi/sync/acme-foundation');
    await repos.commitTarget('acme/one', { 'shared/a.txt': 'target edit\n' });
    await repos.commitSource({ 'shared/a.txt': 'source edit\n', 'shared/b.txt': 'new\n' });
    const { report } = await sync({ onConflict });
    const t = report.targets[0]!;
    expect(t.files?.conflicted.map((c) => c.path)).toEqual(['shared/a.txt']);
    expect(t.files?.added).toEqual(['shared/b.txt']);
    expect(await repos.file('acme/one', BRANCH, 'shared/a.txt')).toContain(expected);
    expect(host.issues.length).toBe(onConflict === 'issue' ? 1 : 0);
  });

  it('finds the last sync beyond a shallow fetch by deepening it', async () => {
    await repos.commitSource({ 'shared/a.txt': 'one\ntwo\nthree\n' });
    await repos.createTarget('acme/one', {});
    await sync({ depth: 1 });
    await repos.mergeInto('acme/one', 'kintsugi/sync/acme-foundation');
    for (let i = 0; i < 3; i++) await repos.commitTarget('acme/one', { [`work${i}.txt`]: `${i}` });
    await repos.commitTarget('acme/one', { 'shared/a.txt': 'ONE\ntwo\nthree\n' });
    await repos.commitSource({ 'shared/a.txt': 'one\ntwo\nTHREE\n' });
    const { report } = await sync({ depth: 1 });
    const t = report.targets[0]!;
    expect(t.lastSync?.sourceSha).toMatch(/^[0-9a-f]{40}$/);
    expect(t.files?.merged).toEqual(['shared/a.txt']);
    expect(t.files?.conflicted).toEqual([]);
  });

  it('create_pr: false pushes the sync commit, with its trailers, straight onto the branch', async () => {
    const sha = await repos.commitSource({ 'shared/a.txt': 'a\n' });
    await repos.createTarget('acme/one', {});
    const config = 'targets:\n  - repo: acme/one\n    paths: ["shared/**"]\n    create_pr: false\n';
    const { report } = await sync({}, config);
    expect(report.targets[0]).toMatchObject({
      status: 'synced',
      pullRequest: { operation: 'none' },
    });
    expect(await repos.file('acme/one', 'refs/heads/main', 'shared/a.txt')).toBe('a');
    const message = await git(repos.bare('acme/one'), 'log', '-1', '--format=%B', 'main');
    expect(message).toContain(`Kintsugi-Sync-Source: acme/foundation@${sha}`);
    expect(message).toContain('Kintsugi-Sync-Author: Ada <ada@example.com>');
    expect(host.pulls).toEqual([]);
  });

  it('never force-pushes over a commit someone added to the open PR branch', async () => {
    await repos.commitSource({ 'shared/a.txt': 'a\n' });
    await repos.createTarget('acme/one', {});
    await sync();
    const human = await repos.commitTarget(
      'acme/one',
      { 'shared/a.txt': 'resolved by hand\n' },
      'fix',
      'kintsugi/sync/acme-foundation',
    );
    await repos.commitSource({ 'shared/b.txt': 'b\n' });
    const { report } = await sync();
    expect(report.targets[0]).toMatchObject({
      status: 'unchanged',
      pullRequest: { operation: 'none' },
    });
    expect(report.targets[0]!.notice).toMatch(/PR #1 .* has a commit that is not Kintsugi's/);
    expect(await repos.ref('acme/one', BRANCH)).toBe(human);
  });
});
