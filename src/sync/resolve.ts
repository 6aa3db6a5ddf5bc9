import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Git } from './git.js';
import type { PlannedFile, TargetPlan } from './plan.js';
import { readBlobs, writeBlobFiles, type TreeChange, type TreeEntry } from './trees.js';

export const ON_CONFLICT = ['pr-with-markers', 'skip', 'issue', 'overwrite'] as const;
export type OnConflict = (typeof ON_CONFLICT)[number];

export interface ConflictedFile {
  path: string;
  reason: string;
  /** What was done: markers written, target kept (skip/issue, or no markers possible), source taken. */
  resolution: 'markers' | 'kept-target' | 'took-source';
  /** The merge with conflict markers, for the issue body (text files only). */
  merged?: string;
}

/** What the sync does to one target, in the words of the plan. */
export interface FileOutcome {
  added: string[];
  changed: string[];
  /** Changed on both sides and merged cleanly by `git merge-file`. */
  merged: string[];
  deleted: string[];
  conflicted: ConflictedFile[];
  /** Deleted in the source but kept (delete_orphaned off). */
  orphans: string[];
  /** Changed only in the target: kept as they are. */
  keptTarget: string[];
  untouchedByExclude: string[];
}

export interface Resolution {
  changes: TreeChange[];
  outcome: FileOutcome;
}

/**
 * Turns a plan into tree changes: `take-source` and `delete` directly, `merge` through
 * `git merge-file` (one process per file changed on both sides only), conflicts by `onConflict`.
 * `git` must reach both the target's and the source's objects (the target borrows the source's).
 */
export async function resolvePlan(
  git: Git,
  plan: TargetPlan,
  onConflict: OnConflict,
): Promise<Resolution> {
  const outcome: FileOutcome = {
    added: [],
    changed: [],
    merged: [],
    deleted: [],
    conflicted: [],
    orphans: [],
    keptTarget: [],
    untouchedByExclude: plan.untouchedByExclude,
  };
  const changes: TreeChange[] = [];
  const set = (file: PlannedFile, entry: TreeEntry | null, list?: string[]) => {
    changes.push({ path: file.path, entry });
    (list ?? (entry === null ? outcome.deleted : file.ours ? outcome.changed : outcome.added)).push(
      file.path,
    );
  };
  const merges: PlannedFile[] = [];
  for (const file of plan.files) {
    switch (file.decision.kind) {
      case 'take-source':
        set(file, file.theirs!);
        break;
      case 'delete':
        set(file, null);
        break;
      case 'keep-target':
        outcome.keptTarget.push(file.path);
        break;
      case 'keep-orphan':
        outcome.orphans.push(file.path);
        break;
      case 'merge':
        merges.push(file);
        break;
      case 'conflict': {
        const overwrite = onConflict === 'overwrite';
        outcome.conflicted.push({
          path: file.path,
          reason: file.decision.reason,
          resolution: overwrite ? 'took-source' : 'kept-target',
        });
        if (overwrite) changes.push({ path: file.path, entry: file.theirs ?? null });
        break;
      }
      case 'unchanged':
        break;
    }
  }
  await mergeFiles(git, merges, onConflict, { changes, outcome, set });
  return { changes, outcome };
}

interface MergeSink {
  changes: TreeChange[];
  outcome: FileOutcome;
  set: (file: PlannedFile, entry: TreeEntry | null, list?: string[]) => void;
}

async function mergeFiles(
  git: Git,
  files: PlannedFile[],
  onConflict: OnConflict,
  sink: MergeSink,
): Promise<void> {
  if (files.length === 0) return;
  const oids = files
    .flatMap((f) => [f.base?.oid, f.ours!.oid, f.theirs!.oid])
    .filter((o): o is string => !!o);
  const blobs = await readBlobs(git, oids);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-merge-'));
  try {
    const written: { file: PlannedFile; resultPath: string; list: string[] }[] = [];
    for (const [i, file] of files.entries()) {
      const merge = await mergeOne(git, dir, i, file, blobs);
      const conflicted = merge.conflicts !== 0;
      if (!conflicted) {
        written.push({ file, resultPath: merge.resultPath, list: sink.outcome.merged });
        continue;
      }
      const markers = onConflict === 'pr-with-markers' && merge.conflicts > 0;
      const resolution =
        onConflict === 'overwrite' ? 'took-source' : markers ? 'markers' : 'kept-target';
      sink.outcome.conflicted.push({
        path: file.path,
        reason:
          merge.conflicts < 0
            ? `${file.decision.reason}; cannot merge (binary?)`
            : file.decision.reason,
        resolution,
        merged: merge.conflicts > 0 ? merge.text.slice(0, 20_000) : undefined,
      });
      if (resolution === 'took-source') sink.changes.push({ path: file.path, entry: file.theirs! });
      if (resolution === 'markers') written.push({ file, resultPath: merge.resultPath, list: [] });
    }
    const writtenOids = await writeBlobFiles(
      git,
      written.map((w) => w.resultPath),
    );
    written.forEach(({ file, list }, i) => {
      sink.changes.push({
        path: file.path,
        entry: { mode: file.theirs!.mode, oid: writtenOids[i]! },
      });
      list.push(file.path);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function mergeOne(
  git: Git,
  dir: string,
  i: number,
  file: PlannedFile,
  blobs: Map<string, Buffer>,
): Promise<{ conflicts: number; resultPath: string; text: string }> {
  const ours = path.join(dir, `${i}.target`);
  const base = path.join(dir, `${i}.base`);
  const theirs = path.join(dir, `${i}.source`);
  await writeFile(ours, blobs.get(file.ours!.oid)!);
  await writeFile(base, file.base ? blobs.get(file.base.oid)! : '');
  await writeFile(theirs, blobs.get(file.theirs!.oid)!);
  const labels = ['-L', `target ${file.path}`, '-L', 'last sync', '-L', `source ${file.path}`];
  // The exit code is the number of conflicts (capped at 127); above that, git could not merge.
  const result = await git.run(['merge-file', '-p', ...labels, ours, base, theirs], {
    okCodes: Array.from({ length: 255 }, (_, n) => n + 1),
  });
  const conflicts = result.code > 127 ? -1 : result.code;
  await writeFile(ours, result.stdout);
  return { conflicts, resultPath: ours, text: result.stdout.toString('utf8') };
}
