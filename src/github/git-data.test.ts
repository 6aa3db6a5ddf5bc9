import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../../test/support/fake-github.js';
import { commitFilesToBranch, deleteBranch, getBranchSha } from './git-data.js';
import { createOctokit } from './octokit.js';

describe('commits through the Git Data API', () => {
  const github = useFakeGitHub();

  it('creates a signed commit on a new branch, is idempotent, and moves the branch on change', async () => {
    const state = github().state;
    state.addRepo('acme/widgets', { files: { 'src/a.ts': 'old\n', 'gone.txt': 'bye' } });
    const octokit = createOctokit({ token: 't', baseUrl: github().url });
    const where = { owner: 'acme', repo: 'widgets', branch: 'kintsugi/fix' };
    const baseSha = (await getBranchSha(octokit, { ...where, branch: 'main' }))!;
    const change = {
      ...where,
      baseSha,
      message: 'Fix a',
      files: [
        { path: 'src/a.ts', content: 'new ✓\n' },
        { path: 'gone.txt', content: null },
      ],
    };

    const first = await commitFilesToBranch(octokit, change);
    expect(first).toMatchObject({ changed: true, verified: true });
    expect(state.readFile('acme/widgets', 'src/a.ts', 'kintsugi/fix')).toBe('new ✓\n');
    expect(state.readFile('acme/widgets', 'gone.txt', 'kintsugi/fix')).toBeUndefined();
    expect(state.readFile('acme/widgets', 'src/a.ts', 'main')).toBe('old\n');

    expect(await commitFilesToBranch(octokit, change)).toMatchObject({
      sha: first.sha,
      changed: false,
    });
    const third = await commitFilesToBranch(octokit, {
      ...change,
      files: [{ path: 'src/a.ts', content: 'newer\n', executable: true }],
    });
    expect(third.changed).toBe(true);
    expect(await getBranchSha(octokit, where)).toBe(third.sha);

    await deleteBranch(octokit, where);
    expect(await getBranchSha(octokit, where)).toBeUndefined();
  });
});
