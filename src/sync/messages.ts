import { AUTHOR_TRAILER, ROLLBACK_TRAILER, SOURCE_TRAILER } from './repos.js';
import type { FileOutcome } from './resolve.js';

const LIST_CAP = 100;
const BODY_CAP = 60_000;

export function syncCommitMessage(
  source: { repo: string; sha: string; author: string },
  outcome: FileOutcome,
): string {
  const counts = describeCounts(outcome);
  return [
    `Sync from ${source.repo}@${source.sha.slice(0, 12)}`,
    '',
    counts,
    '',
    `${SOURCE_TRAILER}: ${source.repo}@${source.sha}`,
    `${AUTHOR_TRAILER}: ${source.author}`,
    '',
  ].join('\n');
}

export function rollbackCommitMessage(
  source: { repo: string },
  syncCommit: string,
  syncedSha: string,
): string {
  return [
    `Revert sync from ${source.repo}@${syncedSha.slice(0, 12)}`,
    '',
    `This reverts commit ${syncCommit}.`,
    '',
    `${ROLLBACK_TRAILER}: ${syncCommit}`,
    '',
  ].join('\n');
}

export function describeCounts(o: FileOutcome): string {
  const parts = [
    [o.added.length, 'added'],
    [o.changed.length, 'changed'],
    [o.merged.length, 'merged'],
    [o.deleted.length, 'deleted'],
    [o.conflicted.length, 'conflicted'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
  return said.length > 0 ? `${said.join(', ')}.` : 'No file changes.';
}

export function pullTitle(kind: 'sync' | 'rollback', sourceRepo: string, sha: string): string {
  return kind === 'sync'
    ? `Sync shared files from ${sourceRepo}`
    : `Revert the last sync from ${sourceRepo} (${sha.slice(0, 12)})`;
}

/** The PR body: what changed and why, conflicts first, every list capped. */
export function pullBody(
  source: { repo: string; sha: string },
  outcome: FileOutcome,
  notes: string[],
): string {
  const sections: string[] = [
    `Files synced by Kintsugi repo-sync from \`${source.repo}@${source.sha.slice(0, 12)}\`. ${describeCounts(outcome)}`,
    ...notes,
  ];
  if (outcome.conflicted.length > 0) {
    sections.push(
      '### Conflicts (changed in this repository and in the source)',
      capped(
        outcome.conflicted.map(
          (c) => `\`${c.path}\`: ${c.reason} → ${describeResolution(c.resolution)}`,
        ),
      ),
    );
  }
  const lists: [string, string[]][] = [
    ['Added', outcome.added],
    ['Changed', outcome.changed],
    ['Merged with changes made here', outcome.merged],
    ['Deleted (gone from the source)', outcome.deleted],
    ['Kept: changed only here', outcome.keptTarget],
    ['Kept: gone from the source, delete_orphaned is off', outcome.orphans],
    ['Not touched: excluded', outcome.untouchedByExclude],
  ];
  for (const [title, files] of lists)
    if (files.length > 0)
      sections.push(
        `<details><summary>${title} (${files.length})</summary>\n\n${capped(files.map((f) => `\`${f}\``))}\n\n</details>`,
      );
  const body = sections.join('\n\n');
  return body.length > BODY_CAP ? `${body.slice(0, BODY_CAP)}\n\n(truncated)` : body;
}

export function describeResolution(resolution: 'markers' | 'kept-target' | 'took-source'): string {
  if (resolution === 'markers') return 'conflict markers committed, resolve them in this PR';
  if (resolution === 'took-source') return 'source version taken (on-conflict: overwrite)';
  return 'this repository’s version kept';
}

function capped(items: string[]): string {
  const shown = items.slice(0, LIST_CAP).map((i) => `- ${i}`);
  if (items.length > LIST_CAP) shown.push(`- … and ${items.length - LIST_CAP} more`);
  return shown.join('\n');
}

export function conflictIssueTitle(sourceRepo: string): string {
  return `Kintsugi sync: conflicts with ${sourceRepo}`;
}

export function conflictIssueBody(
  source: { repo: string; sha: string },
  outcome: FileOutcome,
): string {
  const parts = [
    `Syncing from \`${source.repo}@${source.sha.slice(0, 12)}\` found files changed both here and in the source. They were left as they are; merge them by hand, then the next sync carries on.`,
  ];
  for (const c of outcome.conflicted.slice(0, 20)) {
    parts.push(`### \`${c.path}\`\n${c.reason}`);
    if (c.merged)
      parts.push(
        `<details><summary>merge with conflict markers</summary>\n\n~~~~\n${c.merged.slice(0, 2_000)}\n~~~~\n\n</details>`,
      );
  }
  const body = parts.join('\n\n');
  return body.length > BODY_CAP ? `${body.slice(0, BODY_CAP)}\n\n(truncated)` : body;
}
