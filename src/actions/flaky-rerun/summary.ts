import path from 'node:path';
import type { Annotation } from '../../platform/annotations.js';
import { Summary } from '../../platform/summary.js';
import type { FlakyReport, FlakyTest } from '../../flaky/report.js';
import type { FlakyRegistry } from '../../flaky/registry.js';

const SHOWN = 50;

function attemptsCell(test: FlakyTest): string {
  return test.attempts
    .map((a) => (a.status === 'passed' ? '✅' : a.status === 'failed' ? '❌' : '⚪'))
    .join(' ');
}

/** The job summary: verdict, counts, then every test that failed at least once. */
export function flakySummary(report: FlakyReport, registry?: FlakyRegistry): Summary {
  const s = report.summary;
  const summary = new Summary().heading(`flaky-rerun (${report.framework}): ${report.verdict}`);
  if (report.reason)
    summary.paragraph(`**${report.verdict === 'broken' ? 'Broken' : 'Note'}:** ${report.reason}`);
  summary.table(
    [
      'tests',
      'passed',
      'real failures',
      'flaky',
      'quarantined',
      'skipped',
      're-run processes',
      'seconds',
    ],
    [[s.tests, s.passed, s.failed, s.flaky, s.quarantined, s.skipped, s.reruns, s.seconds]],
  );
  const interesting = report.tests.filter(
    (t) => t.status === 'failed' || t.status === 'flaky' || t.status === 'quarantined',
  );
  const history = new Map(registry?.tests.map((e) => [`${e.classname}\u0000${e.name}`, e]) ?? []);
  summary.table(
    ['test', 'status', 'attempts', 'signature', 'evidence', ...(registry ? ['history'] : [])],
    interesting.slice(0, SHOWN).map((t) => {
      const seen = history.get(`${t.classname}\u0000${t.name}`);
      return [
        t.name,
        t.status,
        attemptsCell(t),
        t.signature?.kind ?? '',
        t.signature?.evidence[0] ?? '',
        ...(registry
          ? [
              seen
                ? `flaky ${seen.flaky}×, failed ${seen.failed}× since ${seen.firstSeen.slice(0, 10)}`
                : 'first time',
            ]
          : []),
      ];
    }),
  );
  if (interesting.length > SHOWN)
    summary.paragraph(`…and ${interesting.length - SHOWN} more in the report.`);
  return summary;
}

/** One error annotation per real failure (flaky ones are notices: they did not fail the step). */
/** GitHub links annotations by path relative to the repository root. */
function workspacePath(file: string, workspace: string): string {
  const relative = path.isAbsolute(file) ? path.relative(workspace, file) : file;
  return relative.split(path.sep).join('/');
}

export function flakyAnnotations(report: FlakyReport, workspace: string): Annotation[] {
  return report.tests
    .filter((t) => t.status === 'failed' || t.status === 'flaky')
    .map((t) => {
      const failed = t.attempts.filter((a) => a.status === 'failed');
      const message = failed[failed.length - 1]?.message ?? 'failed';
      return {
        level: t.status === 'failed' ? 'error' : 'notice',
        title:
          t.status === 'failed'
            ? `${t.name}: failed all ${t.attempts.length} attempts`
            : `${t.name}: flaky (${t.signature?.kind ?? 'unknown'})`,
        message,
        ...(t.file ? { file: workspacePath(t.file, workspace) } : {}),
        ...(t.line ? { line: t.line } : {}),
        relevance: t.status === 'failed' ? 2 : 1,
      } satisfies Annotation;
    });
}
