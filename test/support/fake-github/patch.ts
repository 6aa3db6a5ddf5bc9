/**
 * The `patch`, `additions` and `deletions` GitHub gives for one PR file: one hunk around the
 * changed middle (common leading and trailing lines trimmed), no patch for binary content.
 */
export function filePatch(
  blobs: Map<string, Buffer>,
  baseSha: string | undefined,
  headSha: string | undefined,
): { additions: number; deletions: number; changes: number; patch?: string } {
  const before = baseSha ? blobs.get(baseSha) : undefined;
  const after = headSha ? blobs.get(headSha) : undefined;
  if ((before && before.includes(0)) || (after && after.includes(0))) {
    return { additions: 0, deletions: 0, changes: 0 };
  }
  const a = lines(before);
  const b = lines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const removed = a.slice(start, endA);
  const added = b.slice(start, endB);
  const header = `@@ -${removed.length ? start + 1 : start},${removed.length} +${added.length ? start + 1 : start},${added.length} @@`;
  const patch = [header, ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`)].join('\n');
  return {
    additions: added.length,
    deletions: removed.length,
    changes: added.length + removed.length,
    patch,
  };
}

function lines(content: Buffer | undefined): string[] {
  if (!content || content.length === 0) return [];
  const text = content.toString('utf8');
  return (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
}
