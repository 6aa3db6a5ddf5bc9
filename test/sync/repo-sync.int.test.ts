import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../support/fake-github.js';
import { appPrivateKey, pullsOf, runAction, seedTargets, SyncRepos } from './harness.js';

const CONFIG = `targets:
  - repo: acme/one
    paths: ["shared/**", ".github/workflows/**"]
    exclude: ["**/local/**"]
    labels: [sync/foundation]
    reviewers: [team:platform, alice]
    delete_orphaned: true
  - repo: acme/two
    paths: ["shared/**"]
    auto_merge: true
  - repo: acme/three
    paths: ["shared/**"]
    auto_merge: true
    require_approvals: 2
`;
const TARGETS = ['acme/one', 'acme/two', 'acme/three'];
const BRANCH = 'kintsugi/sync/acme-foundation';

const github = useFakeGitHub();
let repos: SyncRepos;
beforeEach(async () => {
  repos = await SyncRepos.create();
  await repos.commitSource({
    'shared/a.txt': 'alpha\n',
    'shared/b.txt': 'beta\n',
    'shared/local/x.txt': 'from source\n',
    '.github/workflows/ci.yml': 'on: push\n',
    'other.txt': 'not synced\n',
  });
});
afterEach(() => repos.dispose());

describe('repo-sync with App tokens, the fake GitHub and real git', () => {
  it('first sync opens one PR per target with scoped, revoked tokens; a second sync touches nothing', async () => {
    const { appId } = await seedTargets(repos, github(), {
      files: { 'acme/one': { 'shared/local/x.txt': 'mine\n' } },
    });
    const app = { 'app-id': appId, 'private-key': appPrivateKey };
    const first = await runAction(repos, github(), CONFIG, app);
    expect(first.outcome.status, first.outcome.message).toBe('success');
    expect(first.report.pullRequests.map((p) => [p.target, p.operation])).toEqual(
      TARGETS.map((t) => [t, 'created']),
    );

    // Files: synced, excluded untouched, nothing outside paths.
    expect(await repos.file('acme/one', BRANCH, 'shared/a.txt')).toBe('alpha');
    expect(await repos.file('acme/one', BRANCH, '.github/workflows/ci.yml')).toBe('on: push');
    expect(await repos.file('acme/one', BRANCH, 'shared/local/x.txt')).toBe('mine');
    expect(first.report.targets[0]!.files!.untouchedByExclude).toEqual(['shared/local/x.txt']);
    expect(await repos.file('acme/two', BRANCH, '.github/workflows/ci.yml')).toBeUndefined();
    expect(await repos.file('acme/two', BRANCH, 'other.txt')).toBeUndefined();

    // PRs: labels, reviewers and teams; auto-merge only where asked and no approvals are required.
    const [one] = pullsOf(github(), 'acme/one');
    expect(one!.issue.labels).toEqual(['sync/foundation']);
    expect(one!.requestedReviewers).toEqual(['alice']);
    expect(one!.requestedTeams).toEqual(['platform']);
    expect(pullsOf(github(), 'acme/two')[0]!.autoMerge).toEqual({ mergeMethod: 'SQUASH' });
    expect(pullsOf(github(), 'acme/three')[0]!.autoMerge).toBeUndefined();
    expect(first.report.targets[2]!.autoMerge).toBe('refused: require_approvals');

    // Tokens: one per target, that repository only, workflows only where workflow files are synced, all revoked.
    const tokens = [...github().state.tokens.values()].filter((t) => t.kind === 'installation');
    expect(tokens.map((t) => t.repositories)).toEqual(
      expect.arrayContaining(TARGETS.map((t) => [t])),
    );
    expect(tokens).toHaveLength(3);
    const permissionsOf = (repo: string) =>
      tokens.find((t) => t.repositories?.[0] === repo)!.permissions;
    expect(permissionsOf('acme/one')).toEqual({
      contents: 'write',
      pull_requests: 'write',
      workflows: 'write',
    });
    expect(permissionsOf('acme/two')).toEqual({ contents: 'write', pull_requests: 'write' });
    expect(tokens.every((t) => t.revoked)).toBe(true);
    expect(first.report.targets.every((t) => t.auth?.via === 'app' && t.auth.revoked)).toBe(true);
    // The JWT went to the App endpoints only; installation tokens did the rest.
    expect(
      github()
        .requests.filter((r) => r.auth?.toLowerCase().startsWith('bearer ey'))
        .map((r) => r.route),
    ).toEqual(
      expect.arrayContaining([
        'GET /repos/{owner}/{repo}/installation',
        'POST /app/installations/{installation_id}/access_tokens',
      ]),
    );
    // No token anywhere in logs, report, summary.
    const visible = [
      first.logs.join('\n'),
      JSON.stringify(first.report),
      first.io.summaries.join('\n'),
    ].join('\n');
    for (const t of tokens) expect(visible).not.toContain(t.token);

    // Second sync, no change: no commit, no PR call beyond reading.
    const refsBefore = await Promise.all(TARGETS.map((t) => repos.allRefs(t)));
    const requestsBefore = github().requests.length;
    const second = await runAction(repos, github(), CONFIG, app);
    expect(second.report.pullRequests.map((p) => p.operation)).toEqual(['none', 'none', 'none']);
    expect(second.report.targets.map((t) => t.status)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(await Promise.all(TARGETS.map((t) => repos.allRefs(t)))).toEqual(refsBefore);
    const writes = github()
      .requests.slice(requestsBefore)
      .filter((r) => r.method !== 'GET' && !/installation|access_tokens/.test(r.route ?? ''));
    expect(writes).toEqual([]);

    // A new source change while the PRs are open: one new commit each, the same PRs updated.
    await repos.commitSource({ 'shared/a.txt': 'alpha 2\n' });
    const updated = await runAction(repos, github(), CONFIG, app);
    expect(updated.report.pullRequests.map((p) => p.operation)).toEqual([
      'updated',
      'updated',
      'updated',
    ]);
    expect(await repos.file('acme/three', BRANCH, 'shared/a.txt')).toBe('alpha 2');
    expect(await repos.commitCount('acme/three', BRANCH)).toBe(2);
    expect(pullsOf(github(), 'acme/three')).toHaveLength(1);

    // The target takes the change by hand: the PR has no diff left and is closed.
    await repos.mergeInto('acme/two', BRANCH);
    const third = await runAction(repos, github(), CONFIG, app);
    expect(third.report.pullRequests.find((p) => p.target === 'acme/two')?.operation).toBe(
      'closed',
    );
    expect(pullsOf(github(), 'acme/two')[0]!.issue.state).toBe('closed');
    github().assertNoViolations();
  });

  it('dry run: a full plan per target, every ref unchanged, no PR touched, read-only tokens', async () => {
    const { appId } = await seedTargets(repos, github(), {
      files: { 'acme/one': { 'shared/local/x.txt': 'mine\n', 'shared/b.txt': 'old\n' } },
    });
    const refsBefore = await Promise.all(TARGETS.map((t) => repos.allRefs(t)));
    const run = await runAction(repos, github(), CONFIG, {
      'app-id': appId,
      'private-key': appPrivateKey,
      'dry-run': 'true',
    });
    expect(run.outcome.status, run.outcome.message).toBe('success');
    expect(await Promise.all(TARGETS.map((t) => repos.allRefs(t)))).toEqual(refsBefore);
    expect(github().requests.filter((r) => /pulls|issues/.test(r.route ?? ''))).toEqual([]);
    const one = run.report.targets[0]!;
    expect(one.status).toBe('planned');
    expect(one.files).toMatchObject({
      added: ['.github/workflows/ci.yml', 'shared/a.txt'],
      conflicted: [expect.objectContaining({ path: 'shared/b.txt' })],
      untouchedByExclude: ['shared/local/x.txt'],
    });
    const tokens = [...github().state.tokens.values()].filter((t) => t.kind === 'installation');
    expect(tokens.map((t) => t.permissions)).toEqual([
      { contents: 'read' },
      { contents: 'read' },
      { contents: 'read' },
    ]);
    expect(run.io.summaries[0]).toContain('dry run');
    expect(run.io.summaries[0]).toContain('shared/local/x.txt');
  });

  it('an App not installed on one target and a missing target fail alone', async () => {
    const { appId } = await seedTargets(repos, github(), {
      installedOn: ['acme/one', 'acme/three'],
    });
    const config = `${CONFIG}  - repo: acme/missing\n    paths: ["shared/**"]\n`;
    github().state.installApp({
      appId: Number(appId),
      publicKey: (await import('./harness.js')).appPublicKey,
      account: 'acme',
      repositories: ['acme/missing'],
      permissions: { contents: 'write', pull_requests: 'write' },
    });
    const run = await runAction(repos, github(), config, {
      'app-id': appId,
      'private-key': appPrivateKey,
    });
    expect(run.outcome.status).toBe('failure');
    const byRepo = Object.fromEntries(run.report.targets.map((t) => [t.repo, t]));
    expect(byRepo['acme/one']!.status).toBe('synced');
    expect(byRepo['acme/three']!.status).toBe('synced');
    expect(byRepo['acme/two']!.error).toMatch(/GitHub App is not installed on acme\/two/);
    expect(byRepo['acme/missing']!.status).toBe('failed');
    expect(byRepo['acme/missing']!.error).toMatch(
      /does not appear to be a git repository|not found|no such/i,
    );
    expect(run.outcome.message).toMatch(/2 of 4 targets failed: .*acme\/two.*acme\/missing/);
  });

  it('an App key GitHub does not know: every target fails with a clear message, nothing pushed', async () => {
    const { appId } = await seedTargets(repos, github());
    const { generateKeyPairSync } = await import('node:crypto');
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const run = await runAction(repos, github(), CONFIG, { 'app-id': appId, 'private-key': other });
    expect(run.outcome.status).toBe('failure');
    for (const t of run.report.targets)
      expect(t.error).toMatch(/GitHub rejected the App's credentials/);
    expect([...github().state.tokens.values()].filter((t) => t.kind === 'installation')).toEqual(
      [],
    );
    for (const t of TARGETS) expect(await repos.ref(t, `refs/heads/${BRANCH}`)).toBeUndefined();
  });
});
