/**
 * The per-file 3-way decision of repo-sync. Pure: it compares versions, it never reads or writes.
 *
 * A version is any string that is equal exactly when the file contents are equal (the engine passes
 * `mode:blob-id`; tests and the Lean vectors pass the text itself); `null` means the file is absent.
 *   - `base`   = the source file at the last synced commit (the `Kintsugi-Sync-Source` trailer)
 *   - `ours`   = the target file now
 *   - `theirs` = the source file now
 *
 * The rule the Lean proof relies on: when the source did not change a file since the last sync
 * (`theirs === base`), the target's version is kept, whatever it is. A change made only in the
 * target is therefore never overwritten.
 */

export type FileVersion = string | null;

export interface FileVersions {
  base: FileVersion;
  ours: FileVersion;
  theirs: FileVersion;
}

export type FileDecisionKind =
  /** Target already equals the source (both may be absent). */
  | 'unchanged'
  /** Only the source changed: the target takes the source version. */
  | 'take-source'
  /** Only the target changed (or nobody did): the target version stays. */
  | 'keep-target'
  /** Both changed and both still have the file: `git merge-file` decides, then `on-conflict`. */
  | 'merge'
  /** Both changed and one side deleted the file: no merge is possible, `on-conflict` decides. */
  | 'conflict'
  /** The source deleted a file the target never changed, and `delete_orphaned` is on. */
  | 'delete'
  /** The source deleted a file the target never changed, and `delete_orphaned` is off. */
  | 'keep-orphan';

export interface FileDecision {
  kind: FileDecisionKind;
  /** Why, in words, for the plan and the PR body. */
  reason: string;
}

export interface DecideOptions {
  deleteOrphaned: boolean;
}

export function decideFile(
  { base, ours, theirs }: FileVersions,
  options: DecideOptions,
): FileDecision {
  if (ours === theirs) return { kind: 'unchanged', reason: 'target already matches the source' };
  // Checked before anything else so no later rule can override a target-only change.
  if (theirs === base)
    return { kind: 'keep-target', reason: 'unchanged in the source since the last sync' };
  if (ours === base) {
    if (theirs !== null) return { kind: 'take-source', reason: 'changed only in the source' };
    return options.deleteOrphaned
      ? { kind: 'delete', reason: 'deleted in the source, unchanged in the target' }
      : { kind: 'keep-orphan', reason: 'deleted in the source; delete_orphaned is off' };
  }
  if (ours !== null && theirs !== null) {
    return {
      kind: 'merge',
      reason:
        base === null ? 'added on both sides with different contents' : 'changed on both sides',
    };
  }
  return {
    kind: 'conflict',
    reason:
      theirs === null
        ? 'deleted in the source, changed in the target'
        : 'deleted in the target, changed in the source',
  };
}

/**
 * The version a decision leaves in the target, when it is decided without merging:
 * `undefined` for `merge` and `conflict`, which need `git merge-file` or the `on-conflict` policy.
 */
export function decidedVersion(
  decision: FileDecision,
  versions: FileVersions,
): FileVersion | undefined {
  switch (decision.kind) {
    case 'unchanged':
    case 'keep-target':
    case 'keep-orphan':
      return versions.ours;
    case 'take-source':
      return versions.theirs;
    case 'delete':
      return null;
    case 'merge':
    case 'conflict':
      return undefined;
  }
}
