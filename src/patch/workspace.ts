import { execFile } from 'node:child_process';
import { lstat, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ConfigError } from '../platform/errors.js';

const execFileAsync = promisify(execFile);

/** Kintsugi's own state directory inside a workspace (the CLI's artifacts); never part of a patch. */
const OWN_STATE = '.kintsugi/';

/** One file a candidate patch changed, with its text before and after (undefined: absent). */
export interface FileChange {
  path: string;
  status: 'added' | 'modified' | 'deleted';
  before?: string;
  after?: string;
}

/** The user's checkout: clean-tree check, what changed, the diff, and the rollback. */
export interface Workspace {
  readonly root: string;
  headSha(): Promise<string>;
  /** Refuses a work tree with changes of the user's: we must never mix ours with theirs. */
  assertClean(): Promise<void>;
  changes(): Promise<FileChange[]>;
  /** Unified diff of every change (new files included), for the report and the PR. */
  diff(): Promise<string>;
  /** Puts every changed file back as committed; only safe because the tree was clean before. */
  rollback(): Promise<void>;
  /**
   * Puts back everything except the given changes (which are rewritten as they were): what the
   * validation commands wrote (reports, coverage, caches not ignored) never becomes part of a patch.
   */
  keepOnly(changes: FileChange[]): Promise<void>;
}

export async function git(root: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await execFileAsync('git', args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; code?: number };
    // `git diff --no-index` exits 1 when files differ: that is an answer, not a failure.
    if (e.code === 1 && args.includes('--no-index')) return (error as { stdout: string }).stdout;
    throw new Error(`git ${args.join(' ')} failed: ${(e.stderr ?? String(error)).trim()}`);
  }
}

interface StatusEntry {
  path: string;
  code: string;
}

async function status(root: string): Promise<StatusEntry[]> {
  const out = await git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all']);
  const entries: StatusEntry[] = [];
  const parts = out.split('\0');
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (part.length < 4) continue;
    const code = part.slice(0, 2);
    entries.push({ code, path: part.slice(3) });
    if (code.startsWith('R') || code.startsWith('C')) k++; // the rename's source follows
  }
  return entries.filter((e) => !e.path.startsWith(OWN_STATE));
}

export async function openWorkspace(root: string): Promise<Workspace> {
  const resolved = path.resolve(root);
  const top = await git(resolved, ['rev-parse', '--show-toplevel']).catch(() => {
    throw new ConfigError(
      `the workspace ${resolved} is not a git checkout; patch needs one to commit from`,
    );
  });
  const repoRoot = top.trim();
  const readCommitted = (file: string) =>
    git(repoRoot, ['show', `HEAD:${file}`]).catch(() => undefined);
  return {
    root: repoRoot,
    headSha: async () => (await git(repoRoot, ['rev-parse', 'HEAD'])).trim(),
    async assertClean() {
      const dirty = await status(repoRoot);
      if (dirty.length > 0) {
        const shown = dirty.slice(0, 5).map((e) => `${e.code.trim()} ${e.path}`);
        throw new ConfigError(
          `the work tree at ${repoRoot} has uncommitted changes (${shown.join(', ')}${dirty.length > 5 ? ', ...' : ''}); ` +
            'patch only runs on a clean checkout so that it never mixes its changes with yours: commit or discard them first',
        );
      }
    },
    async changes() {
      const entries = await status(repoRoot);
      return Promise.all(
        entries.map(async (e): Promise<FileChange> => {
          const after = await readFile(path.join(repoRoot, e.path), 'utf8').catch(() => undefined);
          if (e.code === '??') return { path: e.path, status: 'added', after };
          const before = await readCommitted(e.path);
          return {
            path: e.path,
            status: after === undefined ? 'deleted' : 'modified',
            before,
            after,
          };
        }),
      );
    },
    async diff() {
      const entries = await status(repoRoot);
      const tracked = await git(repoRoot, [
        'diff',
        'HEAD',
        '--no-color',
        '--',
        '.',
        `:(exclude)${OWN_STATE}`,
      ]);
      const added: string[] = [];
      for (const e of entries.filter((x) => x.code === '??')) {
        added.push(
          await git(repoRoot, ['diff', '--no-color', '--no-index', '--', '/dev/null', e.path]),
        );
      }
      return tracked + added.join('');
    },
    rollback: () => restoreCommitted(repoRoot, () => true),
    async keepOnly(changes) {
      const kept = new Map(changes.map((c) => [c.path, c]));
      await restoreCommitted(repoRoot, (file) => !kept.has(file));
      for (const change of changes) {
        const file = path.join(repoRoot, change.path);
        const now = await readFile(file, 'utf8').catch(() => undefined);
        if (now === change.after) continue;
        if (change.after === undefined) await rm(file, { force: true });
        else await writeFile(file, change.after, 'utf8');
      }
    },
  };
}

async function restoreCommitted(root: string, which: (file: string) => boolean): Promise<void> {
  const entries = (await status(root)).filter((e) => which(e.path));
  const tracked = entries.filter((e) => e.code !== '??').map((e) => e.path);
  if (tracked.length > 0) await git(root, ['checkout', 'HEAD', '--', ...tracked]);
  for (const e of entries.filter((x) => x.code === '??'))
    await rm(path.join(root, e.path), { force: true });
}

/**
 * A path the model named, resolved inside the workspace, or the reason it is refused: absolute,
 * escaping with `..`, or reaching outside through a symlink on the way.
 */
export async function resolveInside(
  root: string,
  relative: string,
): Promise<{ file: string } | { refused: string }> {
  if (path.isAbsolute(relative)) return { refused: `${relative} is an absolute path` };
  const file = path.resolve(root, relative);
  const rel = path.relative(root, file);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel))
    return { refused: `${relative} is outside the workspace` };
  const realRoot = await realpath(root);
  // Walk up to the deepest part that exists and check where it really points.
  let probe = file;
  while (probe !== root) {
    const info = await lstat(probe).catch(() => undefined);
    if (info) {
      const real = await realpath(probe).catch(() => undefined);
      const inside = real ? path.relative(realRoot, real) : '..';
      if (inside.startsWith('..') || path.isAbsolute(inside)) {
        return { refused: `${relative} follows a symlink out of the workspace` };
      }
      break;
    }
    probe = path.dirname(probe);
  }
  return { file };
}
