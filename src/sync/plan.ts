import picomatch from 'picomatch';
import type { SyncTarget } from './config.js';
import { decideFile, type FileDecision } from './three-way.js';
import { versionOf, type Tree, type TreeEntry } from './trees.js';

/** One file in scope of a target, with its three versions and the decision. */
export interface PlannedFile {
  path: string;
  base?: TreeEntry;
  ours?: TreeEntry;
  theirs?: TreeEntry;
  decision: FileDecision;
}

export interface TargetPlan {
  /** Files whose decision is not `unchanged`, sorted by path. */
  files: PlannedFile[];
  /** Files matched by `paths` and `exclude` that differ between source and target: never touched. */
  untouchedByExclude: string[];
}

/** Matchers for a target's `paths` and `exclude`; dotfiles (`.github/**`) match like any file. */
export function scopeOf(target: Pick<SyncTarget, 'paths' | 'exclude'>): {
  inPaths: (file: string) => boolean;
  excluded: (file: string) => boolean;
} {
  const options = { dot: true };
  return {
    inPaths: picomatch(target.paths, options),
    excluded: target.exclude.length > 0 ? picomatch(target.exclude, options) : () => false,
  };
}

/**
 * The 3-way plan of one target. `base` is the source tree at the last synced commit, or null when
 * the target was never synced (then every difference counts as a change on both sides).
 */
export function planTarget(
  target: Pick<SyncTarget, 'paths' | 'exclude' | 'deleteOrphaned'>,
  trees: { source: Tree; base: Tree | null; target: Tree },
): TargetPlan {
  const { inPaths, excluded } = scopeOf(target);
  const candidates = new Set<string>();
  for (const tree of [trees.source, trees.base ?? new Map(), trees.target])
    for (const file of tree.keys()) if (inPaths(file)) candidates.add(file);
  const files: PlannedFile[] = [];
  const untouchedByExclude: string[] = [];
  for (const file of [...candidates].sort()) {
    const base = trees.base?.get(file);
    const ours = trees.target.get(file);
    const theirs = trees.source.get(file);
    if (excluded(file)) {
      if (versionOf(ours) !== versionOf(theirs)) untouchedByExclude.push(file);
      continue;
    }
    const decision = decideFile(
      { base: versionOf(base), ours: versionOf(ours), theirs: versionOf(theirs) },
      { deleteOrphaned: target.deleteOrphaned },
    );
    if (decision.kind !== 'unchanged') files.push({ path: file, base, ours, theirs, decision });
  }
  return { files, untouchedByExclude };
}

/** Whether a target's synced files include workflows (the token then needs `workflows: write`). */
export function touchesWorkflows(
  target: Pick<SyncTarget, 'paths' | 'exclude'>,
  trees: Tree[],
): boolean {
  const { inPaths, excluded } = scopeOf(target);
  return trees.some((tree) =>
    [...tree.keys()].some(
      (file) => file.startsWith('.github/workflows/') && inPaths(file) && !excluded(file),
    ),
  );
}
