import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Real git repositories and bare remotes in temporary directories, for integration tests.
 * Identity and settings are written to each repository's own config; the user's global and
 * system config are never read or touched (GIT_CONFIG_GLOBAL=/dev/null, GIT_CONFIG_NOSYSTEM).
 */

export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_TERMINAL_PROMPT: '0',
  GIT_AUTHOR_NAME: 'Kintsugi Test',
  GIT_AUTHOR_EMAIL: 'test@kintsugi.invalid',
  GIT_COMMITTER_NAME: 'Kintsugi Test',
  GIT_COMMITTER_EMAIL: 'test@kintsugi.invalid',
};

const created: string[] = [];

/** Runs git in `cwd` and returns trimmed stdout; throws with git's stderr on failure. */
export function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, {
      cwd,
      env: GIT_ENV,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${err.stderr?.trim() || err.message}`);
  }
}

export function tempDir(prefix = 'kintsugi-git-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

function configure(dir: string): void {
  git(dir, ['config', 'user.name', 'Kintsugi Test']);
  git(dir, ['config', 'user.email', 'test@kintsugi.invalid']);
  git(dir, ['config', 'commit.gpgsign', 'false']);
  git(dir, ['config', 'tag.gpgsign', 'false']);
}

export interface TestRepo {
  dir: string;
  git(args: string[]): string;
  /** Writes (string) or deletes (null) files, stages everything, commits; returns the sha. */
  commit(files: Record<string, string | null>, message?: string): string;
  head(): string;
}

function wrap(dir: string): TestRepo {
  return {
    dir,
    git: (args) => git(dir, args),
    commit: (files, message) => commitFiles(dir, files, message),
    head: () => git(dir, ['rev-parse', 'HEAD']),
  };
}

/** Writes files (null deletes), stages all changes and commits; returns the new commit's sha. */
export function commitFiles(
  dir: string,
  files: Record<string, string | null>,
  message = 'Update files',
): string {
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (content === null) rmSync(full, { force: true });
    else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
    }
  }
  git(dir, ['add', '-A']);
  git(dir, ['commit', '--allow-empty', '-q', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']);
}

/**
 * A working repository on branch `main`: `files` become the first commit, each of `commits`
 * one more. With no files and no commits the repository has one commit with a README.
 */
export function makeRepo(
  options: {
    files?: Record<string, string>;
    commits?: { files: Record<string, string | null>; message?: string }[];
    branch?: string;
  } = {},
): TestRepo {
  const dir = tempDir('kintsugi-repo-');
  git(dir, ['init', '-q', '-b', options.branch ?? 'main']);
  configure(dir);
  const first =
    options.files ?? (options.commits?.length ? undefined : { 'README.md': '# test\n' });
  if (first) commitFiles(dir, first, 'Initial commit');
  for (const c of options.commits ?? []) commitFiles(dir, c.files, c.message);
  return wrap(dir);
}

export interface BareRemote {
  dir: string;
  /** What `git clone` and `git remote add` take. */
  url: string;
  git(args: string[]): string;
}

/** A bare repository whose HEAD is main; push a repo to it with `pushTo`. */
export function makeBareRemote(): BareRemote {
  const dir = tempDir('kintsugi-remote-');
  git(dir, ['init', '-q', '--bare', '-b', 'main']);
  return { dir, url: dir, git: (args) => git(dir, args) };
}

/** Adds `remote` as origin (or `name`) of `repo` and pushes all branches. */
export function pushTo(repo: TestRepo, remote: BareRemote, name = 'origin'): void {
  repo.git(['remote', 'add', name, remote.url]);
  repo.git(['push', '-q', name, '--all']);
}

/** A working clone of a remote with the local test identity. */
export function clone(remote: BareRemote | string, branch?: string): TestRepo {
  const url = typeof remote === 'string' ? remote : remote.url;
  const dir = tempDir('kintsugi-clone-');
  git(dir, ['clone', '-q', ...(branch ? ['-b', branch] : []), url, '.']);
  configure(dir);
  return wrap(dir);
}

/** A repository already pushed to a fresh bare remote: the usual starting point. */
export function makeRepoWithRemote(options: Parameters<typeof makeRepo>[0] = {}): {
  repo: TestRepo;
  remote: BareRemote;
} {
  const repo = makeRepo(options);
  const remote = makeBareRemote();
  pushTo(repo, remote);
  repo.git(['branch', '-q', '--set-upstream-to', `origin/${options.branch ?? 'main'}`]);
  return { repo, remote };
}

/** Removes every directory these helpers created (call from afterAll / afterEach). */
export function cleanupGitDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}
