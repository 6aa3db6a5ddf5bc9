import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Ada',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

export async function git(cwd: string, ...args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });
    return stdout.trim();
  } catch (error) {
    throw new Error(
      `git ${args.join(' ')} in ${cwd}: ${(error as { stderr?: string }).stderr ?? error}`,
    );
  }
}

/** Real repositories for repo-sync tests: a source work tree and bare targets, in one temp dir. */
export class SyncRepos {
  private constructor(readonly root: string) {}

  static async create(): Promise<SyncRepos> {
    const root = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-sync-test-'));
    await mkdir(path.join(root, 'source'));
    await git(path.join(root, 'source'), 'init', '-q', '-b', 'main');
    return new SyncRepos(root);
  }

  get sourceDir(): string {
    return path.join(this.root, 'source');
  }

  bare(repo: string): string {
    return path.join(this.root, 'remotes', `${repo}.git`);
  }

  /** Writes (string) or deletes (null) files in the source and commits; returns the sha. */
  async commitSource(
    files: Record<string, string | null>,
    message = 'source change',
  ): Promise<string> {
    await applyFiles(this.sourceDir, files);
    await git(this.sourceDir, 'add', '-A');
    await git(this.sourceDir, 'commit', '-q', '--allow-empty', '-m', message);
    return git(this.sourceDir, 'rev-parse', 'HEAD');
  }

  /** A bare target on `main` with these files. */
  async createTarget(repo: string, files: Record<string, string>): Promise<void> {
    await mkdir(this.bare(repo), { recursive: true });
    await git(this.bare(repo), 'init', '-q', '--bare', '-b', 'main');
    await this.commitTarget(repo, { README: `# ${repo}\n`, ...files }, 'initial');
  }

  /** Commits straight to a target branch (someone working in the target). */
  async commitTarget(
    repo: string,
    files: Record<string, string | null>,
    message = 'target change',
    branch = 'main',
  ): Promise<string> {
    const work = await mkdtemp(path.join(this.root, 'work-'));
    try {
      await git(work, 'init', '-q', '-b', branch);
      const has = await git(this.bare(repo), 'for-each-ref', `refs/heads/${branch}`);
      if (has) {
        await git(work, 'fetch', '-q', this.bare(repo), branch);
        await git(work, 'reset', '-q', '--hard', 'FETCH_HEAD');
      }
      await applyFiles(work, files);
      await git(work, 'add', '-A');
      await git(work, 'commit', '-q', '-m', message);
      await git(work, 'push', '-q', this.bare(repo), `HEAD:refs/heads/${branch}`);
      return await git(work, 'rev-parse', 'HEAD');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }

  async ref(repo: string, ref: string): Promise<string | undefined> {
    const out = await git(this.bare(repo), 'for-each-ref', '--format=%(objectname)', ref);
    return out || undefined;
  }

  async allRefs(repo: string): Promise<string> {
    return git(this.bare(repo), 'for-each-ref', '--format=%(objectname) %(refname)');
  }

  async file(repo: string, ref: string, file: string): Promise<string | undefined> {
    try {
      return await git(this.bare(repo), 'show', `${ref}:${file}`);
    } catch {
      return undefined;
    }
  }

  async commitCount(repo: string, ref: string): Promise<number> {
    return Number(await git(this.bare(repo), 'rev-list', '--count', ref));
  }

  /** Merges a sync PR the way a fast-forward merge would. */
  async mergeInto(repo: string, from: string, into = 'main'): Promise<void> {
    await git(this.bare(repo), 'update-ref', `refs/heads/${into}`, `refs/heads/${from}`);
  }

  async dispose(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}

async function applyFiles(dir: string, files: Record<string, string | null>): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (content === null) await rm(full, { force: true });
    else {
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, content);
    }
  }
}
