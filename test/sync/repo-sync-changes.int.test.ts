import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnConflict } from '../../src/sync/resolve.js';
import { useFakeGitHub } from '../support/fake-github.js';
import { pullsOf, runAction, seedTargets, SyncRepos } from './harness.js';

/** The same three targets; one deletes orphans, the others keep them. Token auth keeps it quick. */
const CONFIG = `targets:
  - repo: acme/one
    paths: ["shared/**"]
    exclude: ["shared/keep/**"]
    delete_orphaned: true
  - repo: acme/two
    paths: ["shared/**"]
  - repo: acme/three
    paths: ["shared/**"]
`;
const TARGETS = ['acme/one', 'acme/two', 'acme/three'];
/** The conflict cases need one target only; the others would only repeat the work. */
const ONLY_TWO = 'targets:\n  - repo: acme/two\n    paths: ["shared/**"]\n';
const BRANCH = 'kintsugi/sync/acme-foundation';
const TOKEN = { 'github-token': 'ghp_testtoken123456' };

const github = useFakeGitHub();
let repos: SyncRepos;
beforeEach(async () => {
  repos = await SyncRepos.create();
  await repos.commitSource({
    'shared/a.txt': 'one\ntwo\nthree\n',
    'shared/b.txt': 'beta\n',
    'shared/keep/k.txt': 'k\n',
  });
  await seedTargets(repos, github());
});
afterEach(() => repos.dispose());

/** First sync, merged in every target (as if the PRs were merged). */
async function syncedAndMerged(config = CONFIG, inputs: Record<string, string> = TOKEN) {
  const run = await runAction(repos, github(), config, inputs);
  expect(run.outcome.status, run.outcome.message).toBe('success');
  for (const t of run.report.targets) await repos.mergeInto(t.repo, BRANCH);
}

describe('repo-sync changes on the fake GitHub and real git', () => {
  it.each<[OnConflict, string]>([
    ['pr-with-markers', '<<<<<<< target shared/a.txt'],
    ['skip', 'target line\n'],
    ['issue', 'target line\n'],
    ['overwrite', 'source line\n'],
  ])('a target-side edit is a conflict; on-conflict %s', async (onConflict, expected) => {
    await syncedAndMerged(ONLY_TWO);
    await repos.commitTarget('acme/two', { 'shared/a.txt': 'target line\n' });
    await repos.commitSource({ 'shared/a.txt': 'source line\n', 'shared/c.txt': 'new\n' });
    const run = await runAction(repos, github(), ONLY_TWO, { ...TOKEN, 'on-conflict': onConflict });
    const two = run.report.targets[0]!;
    expect(two.files!.conflicted.map((c) => c.path)).toEqual(['shared/a.txt']);
    expect(two.files!.added).toEqual(['shared/c.txt']);
    expect(`${await repos.file('acme/two', BRANCH, 'shared/a.txt')}\n`).toContain(expected);
    const pull = pullsOf(github(), 'acme/two').find((p) => p.issue.state === 'open')!;
    expect(pull.issue.body).toContain('shared/a.txt');
    const issues = [...github().state.repo('acme', 'two')!.issues.values()].filter(
      (i) => !i.isPull,
    );
    expect(issues.map((i) => i.title)).toEqual(
      onConflict === 'issue' ? ['Kintsugi sync: conflicts with acme/foundation'] : [],
    );
    expect(run.io.annotations.some((a) => a.message.includes('shared/a.txt'))).toBe(true);
  });

  it('deletes files gone from the source only with delete_orphaned; excluded files are never touched', async () => {
    await syncedAndMerged();
    await repos.commitTarget('acme/one', { 'shared/keep/k.txt': 'target keeps this\n' });
    await repos.commitSource({
      'shared/b.txt': null,
      'shared/keep/k.txt': null,
      'shared/a.txt': 'changed\n',
    });
    const run = await runAction(repos, github(), CONFIG, TOKEN);
    const [one, two] = run.report.targets;
    expect(one!.files!.deleted).toEqual(['shared/b.txt']);
    expect(await repos.file('acme/one', BRANCH, 'shared/b.txt')).toBeUndefined();
    expect(await repos.file('acme/one', BRANCH, 'shared/keep/k.txt')).toBe('target keeps this');
    expect(two!.files!.deleted).toEqual([]);
    expect(two!.files!.orphans).toEqual(['shared/b.txt', 'shared/keep/k.txt']);
    expect(await repos.file('acme/two', BRANCH, 'shared/b.txt')).toBe('beta');
  });

  it('rollback reverts the last sync in each target through a PR, keeping later target edits', async () => {
    await syncedAndMerged();
    await repos.commitSource({
      'shared/a.txt': 'ONE\ntwo\nthree\n',
      'shared/d.txt': 'added by sync 2\n',
    });
    await syncedAndMerged();
    await repos.commitTarget('acme/three', { 'shared/a.txt': 'ONE\ntwo\nthree\nlocal tail\n' });
    const mainBefore = await Promise.all(TARGETS.map((t) => repos.ref(t, 'refs/heads/main')));
    const run = await runAction(repos, github(), CONFIG, { ...TOKEN, rollback: 'true' });
    expect(run.outcome.status, run.outcome.message).toBe('success');
    expect(run.report.pullRequests.map((p) => p.operation)).toEqual([
      'created',
      'created',
      'created',
    ]);
    const rollbackBranch = `${BRANCH}-rollback`;
    expect(await repos.file('acme/one', rollbackBranch, 'shared/a.txt')).toBe('one\ntwo\nthree');
    expect(await repos.file('acme/one', rollbackBranch, 'shared/d.txt')).toBeUndefined();
    // A 3-way revert: the target's own later line stays.
    expect(await repos.file('acme/three', rollbackBranch, 'shared/a.txt')).toBe(
      'one\ntwo\nthree\nlocal tail',
    );
    expect(await Promise.all(TARGETS.map((t) => repos.ref(t, 'refs/heads/main')))).toEqual(
      mainBefore,
    );
    expect(pullsOf(github(), 'acme/one').at(-1)!.issue.title).toMatch(
      /^Revert the last sync from acme\/foundation/,
    );
  });

  it('bad config: the line of invalid YAML and of an unknown key; nothing is touched', async () => {
    const before = await Promise.all(TARGETS.map((t) => repos.allRefs(t)));
    const yaml = await runAction(
      repos,
      github(),
      'targets:\n  - repo: acme/one\n    paths: [shared/**\n',
      TOKEN,
    );
    expect(yaml.outcome).toMatchObject({ status: 'failure' });
    expect(yaml.outcome.message).toMatch(/^\.\.\/sync-config\.yaml:4: invalid YAML/);
    const unknown = await runAction(repos, github(), `${CONFIG}    labls: [x]\n`, TOKEN);
    expect(unknown.outcome.message).toMatch(
      /sync-config\.yaml:10: unknown key `targets\[2\]\.labls`; accepted: repo, branch/,
    );
    const filter = await runAction(repos, github(), CONFIG, { ...TOKEN, targets: 'acme/nope' });
    expect(filter.outcome.message).toMatch(/Input targets got "acme\/nope"/);
    expect(await Promise.all(TARGETS.map((t) => repos.allRefs(t)))).toEqual(before);
  });

  it('the targets input shards: only the matching targets are synced', async () => {
    const run = await runAction(repos, github(), CONFIG, { ...TOKEN, targets: 'acme/t*' });
    expect(run.report.targets.map((t) => t.repo)).toEqual(['acme/two', 'acme/three']);
    expect(await repos.ref('acme/one', `refs/heads/${BRANCH}`)).toBeUndefined();
  });
});
