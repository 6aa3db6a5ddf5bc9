import { escapeHtml } from '../platform/summary.js';
import type { SelfHealReport } from '../heal/pipeline.js';
import type { JobRun } from './sample-ci.js';

export interface DemoPullRequest {
  number: number;
  url: string;
  title: string;
  branch: string;
  base: string;
  files: string[];
  labels: string[];
  body: string;
}

export interface DemoResult {
  jobs: JobRun[];
  heal: SelfHealReport;
  pullRequest?: DemoPullRequest;
  seconds: number;
  problems: string[];
}

/** The demo's story as plain sections: what failed, why, what was fixed, the risk, the PR. */
function sections(result: DemoResult): { title: string; lines: string[] }[] {
  const { heal } = result;
  const failed = result.jobs.filter((j) => j.exitCode !== 0);
  const out = [
    {
      title: 'What failed',
      lines: result.jobs.map(
        (j) =>
          `${j.exitCode === 0 ? 'passed' : 'FAILED'}  ${j.name}: ${j.command} (exit ${j.exitCode}, ${j.seconds.toFixed(1)}s)`,
      ),
    },
    {
      title: 'Why (diagnose)',
      lines: [
        `${heal.diagnosis.category} (confidence ${heal.diagnosis.confidence.toFixed(2)}): ${heal.diagnosis.summary}`,
        ...(heal.diagnosis.tools.length ? [`tools: ${heal.diagnosis.tools.join(', ')}`] : []),
        ...heal.diagnosis.failingTests.map(
          (t) =>
            `failing test: ${t.name}${t.file ? ` (${t.file}${t.line ? `:${t.line}` : ''})` : ''}`,
        ),
      ],
    },
    {
      title: 'Flaky check (flaky-rerun)',
      lines: heal.flaky
        ? [
            `re-run of the failing tests here: ${heal.flaky.verdict}; ${heal.flaky.reruns} extra re-run process(es)`,
            ...heal.flaky.flaky.map(
              (t) =>
                `flaky (failed in the CI run, passed on the same code here; not patched): ${t}`,
            ),
            ...heal.flaky.realFailures.map((t) => `real failure: ${t}`),
          ]
        : ['no test command: not checked'],
    },
    {
      title: 'What was fixed (patch)',
      lines: heal.patch?.patch
        ? [
            `checks healed: ${heal.patchedChecks.join(', ')}`,
            `by: ${heal.patch.patch.source}; files: ${heal.patch.patch.files.join(', ')}; ${heal.patch.patch.changedLines} changed line(s)`,
            ...heal.patch.patch.validation.map(
              (v) => `validated: ${v.command} -> ${v.passed ? 'green' : 'red'}`,
            ),
          ]
        : [heal.message || 'nothing patched'],
    },
    {
      title: 'Risk (risk-gate)',
      lines: heal.risk
        ? [
            `score ${heal.risk.score}/100, decision ${heal.risk.decision}`,
            ...heal.risk.findings.map((f) => `${f.severity}: ${f.message}`),
          ]
        : ['no patch to score'],
    },
    {
      title: 'The PR it would open (on the local GitHub stand-in)',
      lines: result.pullRequest
        ? [
            `#${result.pullRequest.number} ${result.pullRequest.title} (${result.pullRequest.url})`,
            `${result.pullRequest.branch} -> ${result.pullRequest.base}; labels: ${result.pullRequest.labels.join(', ') || 'none'}`,
            `files: ${result.pullRequest.files.join(', ')}`,
          ]
        : ['none'],
    },
  ];
  if (failed.length === 0)
    out.unshift({ title: 'Note', lines: ['the sample CI passed: nothing to heal'] });
  return out;
}

export function renderTerminal(result: DemoResult): string {
  const body = sections(result)
    .map((s) => `\n== ${s.title}\n${s.lines.map((l) => `  ${l}`).join('\n')}`)
    .join('\n');
  const verdict =
    result.problems.length === 0
      ? `OK: ${result.heal.outcome} in ${result.seconds.toFixed(1)}s`
      : `PROBLEMS:\n${result.problems.map((p) => `  - ${p}`).join('\n')}`;
  return `Kintsugi demo: healing examples/sample-repo\n${body}\n\n${verdict}\n`;
}

export function renderMarkdown(result: DemoResult): string {
  const body = sections(result)
    .map((s) => `## ${s.title}\n\n${s.lines.map((l) => `- ${l}`).join('\n')}\n`)
    .join('\n');
  const pr = result.pullRequest ? `\n## PR body\n\n${result.pullRequest.body}\n` : '';
  return `# Kintsugi demo report\n\nOutcome: **${result.heal.outcome}** in ${result.seconds.toFixed(1)}s.\n\n${body}${pr}`;
}

export function renderHtml(result: DemoResult): string {
  const body = sections(result)
    .map(
      (s) =>
        `<section><h2>${escapeHtml(s.title)}</h2><ul>${s.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></section>`,
    )
    .join('\n');
  const pr = result.pullRequest
    ? `<section><h2>PR body</h2><pre>${escapeHtml(result.pullRequest.body)}</pre></section>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kintsugi demo report</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{color:#a26a00}section{border-top:1px solid #ddd;margin-top:1rem}pre{background:#f6f6f6;padding:1rem;overflow:auto;white-space:pre-wrap}</style>
</head><body><h1>Kintsugi demo report</h1><p>Outcome: <strong>${escapeHtml(result.heal.outcome)}</strong> in ${result.seconds.toFixed(1)}s.</p>
${body}
${pr}
</body></html>
`;
}
