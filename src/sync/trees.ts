import type { Git } from './git.js';

/** One file of a git tree: mode (100644, 100755, 120000) and blob id. */
export interface TreeEntry {
  mode: string;
  oid: string;
}

export type Tree = Map<string, TreeEntry>;

export const ZERO_OID = '0000000000000000000000000000000000000000';

/** Every file of a commit or tree, in one `git ls-tree` process. Submodules are left out. */
export async function listTree(git: Git, rev: string): Promise<Tree> {
  const { stdout } = await git.run(['ls-tree', '-r', '-z', '--full-tree', rev]);
  const tree: Tree = new Map();
  for (const record of stdout.toString('utf8').split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, type, oid] = record.slice(0, tab).split(' ') as [string, string, string];
    if (type === 'blob') tree.set(record.slice(tab + 1), { mode, oid });
  }
  return tree;
}

/** The version string the 3-way decision compares: equal exactly when mode and content are. */
export function versionOf(entry: TreeEntry | undefined): string | null {
  return entry ? `${entry.mode}:${entry.oid}` : null;
}

/** Reads many blobs in one `git cat-file --batch` process. */
export async function readBlobs(git: Git, oids: Iterable<string>): Promise<Map<string, Buffer>> {
  const wanted = [...new Set(oids)];
  const blobs = new Map<string, Buffer>();
  if (wanted.length === 0) return blobs;
  const { stdout } = await git.run(['cat-file', '--batch'], { input: `${wanted.join('\n')}\n` });
  let at = 0;
  for (const oid of wanted) {
    const end = stdout.indexOf(10, at);
    const header = stdout.subarray(at, end).toString('utf8');
    const [, type, size] = header.split(' ');
    if (type !== 'blob') throw new Error(`git object ${oid} is not a readable blob (${header})`);
    const length = Number(size);
    blobs.set(oid, stdout.subarray(end + 1, end + 1 + length));
    at = end + 1 + length + 1;
  }
  return blobs;
}

/** Writes blobs into the object database in one `git hash-object -w --stdin-paths` process. */
export async function writeBlobFiles(git: Git, files: string[]): Promise<string[]> {
  if (files.length === 0) return [];
  const out = await git.text(['hash-object', '-w', '--no-filters', '--stdin-paths'], {
    input: `${files.join('\n')}\n`,
  });
  return out.split('\n');
}

/** A path's new state in the target: a blob, or `null` to remove it. */
export type TreeChange = { path: string; entry: TreeEntry | null };

/**
 * Builds the target's new tree from its current commit plus the changes, using a private index
 * file: no checkout, no per-file process. Returns the tree id.
 */
export async function buildTree(
  git: Git,
  indexFile: string,
  head: string,
  changes: TreeChange[],
): Promise<string> {
  const indexed = git.withEnv({ GIT_INDEX_FILE: indexFile });
  await indexed.run(['read-tree', head]);
  const info = changes
    .map(({ path, entry }) =>
      entry ? `${entry.mode} ${entry.oid}\t${path}` : `0 ${ZERO_OID}\t${path}`,
    )
    .join('\0');
  if (info) await indexed.run(['update-index', '-z', '--index-info'], { input: `${info}\0` });
  return indexed.text(['write-tree']);
}
