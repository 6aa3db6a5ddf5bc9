import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FakeGitHub } from './fake-github/server.js';

/**
 * Makes a local checkout's HEAD known to the fake GitHub under its real commit sha, with the same
 * tracked files, as GitHub knows the commit a workflow checked out. Returns that sha.
 */
export function mirrorCheckout(fake: FakeGitHub, fullName: string, dir: string): string {
  const [owner, name] = fullName.split('/') as [string, string];
  const repo = fake.state.repo(owner, name) ?? fake.state.addRepo(fullName);
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: dir, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  const files = Object.fromEntries(
    tracked.map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]),
  );
  const commit = fake.state.addCommit(fullName, { files, message: 'mirror of the checkout' });
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
  repo.commits.set(sha, { ...commit, sha });
  repo.refs.set(`refs/heads/${repo.defaultBranch}`, sha);
  return sha;
}
