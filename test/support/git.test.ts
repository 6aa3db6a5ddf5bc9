import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanupGitDirs,
  clone,
  git,
  makeBareRemote,
  makeRepo,
  makeRepoWithRemote,
  pushTo,
} from './git.js';

afterAll(cleanupGitDirs);

describe('git test helpers', () => {
  it('makes a repository on main with the given commits and a local identity', () => {
    const repo = makeRepo({
      files: { 'a.txt': 'one\n' },
      commits: [{ files: { 'b/c.txt': 'two\n', 'a.txt': null }, message: 'second' }],
    });
    expect(repo.git(['branch', '--show-current'])).toBe('main');
    expect(repo.git(['log', '--format=%s'])).toBe('second\nInitial commit');
    expect(existsSync(path.join(repo.dir, 'a.txt'))).toBe(false);
    expect(readFileSync(path.join(repo.dir, 'b/c.txt'), 'utf8')).toBe('two\n');
    expect(repo.git(['config', '--local', 'user.email'])).toBe('test@kintsugi.invalid');
  });

  it('pushes to a bare remote and clones it back', () => {
    const { repo, remote } = makeRepoWithRemote({ files: { 'x.txt': 'x' } });
    const sha = repo.commit({ 'y.txt': 'y' }, 'add y');
    repo.git(['push', '-q']);
    expect(remote.git(['rev-parse', 'main'])).toBe(sha);
    const copy = clone(remote);
    expect(copy.head()).toBe(sha);
    expect(readFileSync(path.join(copy.dir, 'y.txt'), 'utf8')).toBe('y');
  });

  it('reports git failures with git’s own message', () => {
    const repo = makeRepo();
    expect(() => git(repo.dir, ['checkout', 'no-such-branch'])).toThrow(
      /pathspec 'no-such-branch'/,
    );
    const remote = makeBareRemote();
    pushTo(repo, remote);
    expect(remote.git(['branch'])).toMatch(/main/);
  });
});
