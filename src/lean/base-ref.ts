/**
 * A checkout of the base ref beside the workspace (a detached `git worktree`), so the base branch's
 * Lean project can be built with the same toolchain and compared declaration by declaration.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../platform/errors.js';
import type { RunCommand } from './process.js';
import { runCommand } from './process.js';

export interface BaseCheckout {
  dir: string;
  commit: string;
  remove(): Promise<void>;
}

export async function checkoutBaseRef(
  repoDir: string,
  ref: string,
  run: RunCommand = runCommand,
): Promise<BaseCheckout> {
  const git = (args: string[]) =>
    run('git', args, { cwd: repoDir, env: process.env, timeoutMs: 5 * 60_000 });
  if (!/^[\w./@^~-]+$/.test(ref) || ref.startsWith('-')) {
    throw new ConfigError(
      `Input base-ref got ${JSON.stringify(ref)}; accepted: a branch, tag or commit name`,
    );
  }
  let commit: string | undefined;
  for (const candidate of [ref, `origin/${ref}`]) {
    const found = await git(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`]);
    if (found.exitCode === 0) {
      commit = found.output.trim();
      break;
    }
  }
  if (!commit) {
    const fetched = await git(['fetch', '--depth=1', 'origin', ref]);
    const head =
      fetched.exitCode === 0
        ? await git(['rev-parse', '--verify', 'FETCH_HEAD^{commit}'])
        : undefined;
    if (!head || head.exitCode !== 0) {
      throw new ConfigError(
        `Input base-ref got ${JSON.stringify(ref)}: no such branch or commit here, and fetching it failed. Check out with fetch-depth: 0 or name an existing ref.`,
      );
    }
    commit = head.output.trim();
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-lean-base-'));
  const added = await git(['worktree', 'add', '--detach', dir, commit]);
  if (added.exitCode !== 0) throw new Error(`git worktree add failed: ${added.output.trim()}`);
  return {
    dir,
    commit,
    async remove() {
      await git(['worktree', 'remove', '--force', dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
