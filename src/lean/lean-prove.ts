/**
 * lean-prove's domain: set up Lean, restore `.lake`, check every file under its budget, compare with
 * the base ref, look for proofs with a model, and save `.lake` whatever happened. No `@actions/*` here.
 */
import { mkdir, readFile, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import type { ModelClient } from '../llm/index.js';
import type { CacheStore } from '../platform/cache.js';
import { describeError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { checkoutBaseRef } from './base-ref.js';
import { lakeCacheKey } from './cache-key.js';
import type { Comparison, FailOn, Verdict } from './compare.js';
import { compareWithBase, verdictFor } from './compare.js';
import { findDeclarations } from './declarations.js';
import { createLake } from './lake.js';
import type { RunCommand } from './process.js';
import { runCommand } from './process.js';
import { assertProject, listLeanFiles } from './project.js';
import type { ProveOutcome } from './prove.js';
import { proveProject } from './prove.js';
import type { ProofSearch } from './proofs.js';
import { searchProofs } from './proofs.js';
import { ensureToolchain, readToolchain } from './toolchain.js';
import type { DeclarationResult, DeclarationStatus } from './types.js';

export interface LeanProveSettings {
  /** As the user gave it (relative to the workspace). */
  project: string;
  workspace: string;
  targets: string[];
  budgetPerFileMs: number;
  maxHeartbeats: number;
  cache: boolean;
  baseRef?: string;
  failOn: FailOn;
  llmProofs: boolean;
  maxCandidates: number;
  commit?: string;
}

export interface LeanProveDeps {
  env: NodeJS.ProcessEnv;
  logger: Logger;
  cache: CacheStore;
  allowElanInstall: boolean;
  run?: RunCommand;
  /** Present when llm-proofs is on and a key was given. */
  model?: ModelClient;
}

export type StatusCounts = Record<DeclarationStatus, number>;

export interface LeanProveResult {
  toolchain: string;
  toolchainAction: string;
  cache: { key: string; restoredKey?: string; saved: boolean; error?: string };
  head: ProveOutcome;
  counts: StatusCounts;
  comparison?: Comparison;
  proofs?: ProofSearch;
  verdict: Verdict;
}

export function countStatuses(outcome: ProveOutcome): StatusCounts {
  const counts: StatusCounts = { proved: 0, sorry: 0, error: 0, timeout: 0 };
  for (const d of outcome.declarations) counts[d.status]++;
  return counts;
}

export async function runLeanProve(
  settings: LeanProveSettings,
  deps: LeanProveDeps,
): Promise<LeanProveResult> {
  const projectDir = path.resolve(settings.workspace, settings.project);
  await assertProject(projectDir, settings.project);
  const toolchain = await readToolchain(projectDir, settings.project);
  const key = await lakeCacheKey(projectDir, { commit: settings.commit });
  const cache: LeanProveResult['cache'] = { key: key.key, saved: false };
  if (settings.cache) {
    cache.restoredKey = await deps.cache
      .restore(key.paths, key.key, key.restoreKeys)
      .catch((error: unknown) => {
        deps.logger.warning(`restoring .lake failed: ${describeError(error)}`);
        return undefined;
      });
    deps.logger.info(
      cache.restoredKey ? `restored .lake from ${cache.restoredKey}` : 'no .lake cache to restore',
    );
  }
  const run = deps.run ?? runCommand;
  try {
    const setup = await ensureToolchain(toolchain, {
      env: deps.env,
      run,
      logger: deps.logger,
      allowElanInstall: deps.allowElanInstall,
    });
    const lake = createLake({ projectDir, lake: setup.lake, env: setup.env, run });
    const proveSettings = {
      projectDir,
      budgetPerFileMs: settings.budgetPerFileMs,
      maxHeartbeats: settings.maxHeartbeats,
    };
    const files = await listLeanFiles(projectDir, settings.targets);
    const head = await deps.logger.group('lake build', () =>
      proveProject(files, lake, proveSettings, deps.logger),
    );
    const comparison = settings.baseRef
      ? compareWithBase(
          settings.baseRef,
          await proveBase(settings, settings.baseRef, setup, run, deps),
          head.declarations,
        )
      : undefined;
    let proofs: ProofSearch | undefined;
    if (settings.llmProofs && deps.model) {
      const failing = head.declarations.filter((d) => d.status === 'sorry' || d.status === 'error');
      const context = files.map((file) => ({
        file,
        declarations: findDeclarations(file.file, file.source),
        messages: head.files.find((c) => c.file === file.file)?.messages ?? [],
      }));
      proofs = await searchProofs(failing, context, {
        client: deps.model,
        lake,
        projectDir,
        projectPath: path.relative(settings.workspace, projectDir).split(path.sep).join('/'),
        budgetPerFileMs: settings.budgetPerFileMs,
        maxHeartbeats: settings.maxHeartbeats,
        maxCandidates: settings.maxCandidates,
        logger: deps.logger,
      });
    }
    return {
      toolchain,
      toolchainAction: setup.action,
      cache,
      head,
      counts: countStatuses(head),
      ...(comparison ? { comparison } : {}),
      ...(proofs ? { proofs } : {}),
      verdict: verdictFor(settings.failOn, head.declarations, comparison),
    };
  } finally {
    // Saved even when the build fails: the next run starts from whatever did build.
    if (settings.cache) {
      await deps.cache.save(key.paths, key.key).then(
        () => {
          cache.saved = true;
        },
        (error: unknown) => {
          cache.error = describeError(error);
          deps.logger.warning(`saving .lake failed: ${cache.error}`);
        },
      );
    }
  }
}

/** The base ref's declarations, from a build of its own checkout (no project there: nothing to compare). */
async function proveBase(
  settings: LeanProveSettings,
  baseRef: string,
  setup: { lake: string; env: NodeJS.ProcessEnv },
  run: RunCommand,
  deps: LeanProveDeps,
): Promise<DeclarationResult[]> {
  const checkout = await checkoutBaseRef(settings.workspace, baseRef, run);
  try {
    const projectDir = path.join(
      checkout.dir,
      path.relative(settings.workspace, path.resolve(settings.workspace, settings.project)),
    );
    // The same targets, as far as they exist at the base: a new file has nothing to compare with.
    const all = await listLeanFiles(projectDir, []).catch(() => []);
    const wanted = new Set(settings.targets.map((t) => t.replace(/^\.\//, '')));
    const files =
      wanted.size === 0 ? all : all.filter((f) => wanted.has(f.file) || wanted.has(f.module));
    await shareDependencies(path.resolve(settings.workspace, settings.project), projectDir);
    const lake = createLake({ projectDir, lake: setup.lake, env: setup.env, run });
    const proveSettings = {
      projectDir,
      budgetPerFileMs: settings.budgetPerFileMs,
      maxHeartbeats: settings.maxHeartbeats,
    };
    const base = await deps.logger.group(`lake build at ${baseRef}`, () =>
      proveProject(files, lake, proveSettings, deps.logger),
    );
    return base.declarations;
  } finally {
    await checkout.remove();
  }
}

/**
 * With the same lake-manifest.json the base needs the very dependencies the head just built (for a
 * Mathlib project, hours of work): link them instead of building them again.
 */
async function shareDependencies(headProject: string, baseProject: string): Promise<void> {
  const manifest = (dir: string) =>
    readFile(path.join(dir, 'lake-manifest.json'), 'utf8').catch(() => undefined);
  const [head, base] = await Promise.all([manifest(headProject), manifest(baseProject)]);
  if (head === undefined || head !== base) return;
  const packages = path.join(headProject, '.lake', 'packages');
  if (!(await stat(packages).catch(() => undefined))?.isDirectory()) return;
  await mkdir(path.join(baseProject, '.lake'), { recursive: true });
  await symlink(packages, path.join(baseProject, '.lake', 'packages'), 'dir').catch(
    () => undefined,
  );
}
