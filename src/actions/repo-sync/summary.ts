import { Summary } from '../../platform/summary.js';
import type { SyncReport, TargetReport } from '../../sync/report.js';

const FILES_SHOWN = 200;

/** The job summary: one row per target, then the full plan of each target folded. */
export function syncSummary(report: SyncReport): Summary {
  const title =
    report.mode === 'dry-run'
      ? 'repo-sync plan (dry run: nothing pushed)'
      : report.mode === 'rollback'
        ? 'repo-sync rollback'
        : 'repo-sync';
  const summary = new Summary()
    .heading(title)
    .paragraph(
      `Source \`${report.source.repo}@${report.source.sha.slice(0, 12)}\`, on-conflict: \`${report.onConflict}\`.`,
    )
    .table(
      [
        'target',
        'status',
        'added',
        'changed',
        'merged',
        'deleted',
        'conflicted',
        'untouched (excluded)',
        'pull request',
      ],
      report.targets.map((t) => [
        t.repo,
        t.status === 'failed' ? `failed: ${t.error ?? ''}` : t.status,
        t.files?.added.length ?? '',
        t.files?.changed.length ?? '',
        t.files?.merged.length ?? '',
        t.files?.deleted.length ?? '',
        t.files?.conflicted.length ?? '',
        t.files?.untouchedByExclude.length ?? '',
        pullCell(t),
      ]),
    );
  for (const target of report.targets)
    if (target.files) summary.details(`${target.repo}: files`, planText(target));
  return summary;
}

function pullCell(t: TargetReport): string {
  const pull = t.pullRequest;
  if (!pull || pull.number === null) return '';
  return `[#${pull.number}](${pull.url}) ${pull.operation}`;
}

function planText(t: TargetReport): string {
  const f = t.files!;
  const lists: [string, string[]][] = [
    ['added', f.added],
    ['changed', f.changed],
    ['merged', f.merged],
    ['deleted', f.deleted],
    ['conflicted', f.conflicted.map((c) => `${c.path} (${c.reason}; ${c.resolution})`)],
    ['kept: changed only in the target', f.keptTarget],
    ['kept: deleted in the source, delete_orphaned off', f.orphans],
    ['untouched: excluded', f.untouchedByExclude],
  ];
  const lines: string[] = [];
  for (const [name, files] of lists) {
    if (files.length === 0) continue;
    lines.push(`**${name}** (${files.length})`, '');
    lines.push(...files.slice(0, FILES_SHOWN).map((file) => `- \`${file}\``));
    if (files.length > FILES_SHOWN)
      lines.push(`- … ${files.length - FILES_SHOWN} more in the report`);
    lines.push('');
  }
  return lines.length > 0 ? lines.join('\n') : 'No file differs.';
}
