import type { Annotation } from '../platform/annotations.js';
import { Summary } from '../platform/summary.js';
import type { DiagnoseReport } from './report.js';

/** The job summary (and sticky comment body): verdict, root-cause excerpt, failing tests, jobs. */
export function diagnoseSummary(report: DiagnoseReport, notes: readonly string[] = []): Summary {
  const summary = new Summary()
    .heading('Kintsugi diagnose')
    .paragraph(
      `**${report.category}** (confidence ${report.confidence.toFixed(2)}): ${report.summary}`,
    );
  if (report.llm?.used && report.llm.rootCause) {
    summary.paragraph(`**Model (${report.llm.model ?? 'LLM'}):** ${report.llm.rootCause}`);
    if (report.llm.suggestedFix) summary.paragraph(`**Suggested fix:** ${report.llm.suggestedFix}`);
  } else if (report.llm?.rejected) {
    summary.paragraph(
      `_The model's reply was not used: ${report.llm.rejected}. This is the heuristic diagnosis._`,
    );
  }
  const root = report.excerpts[0];
  if (root) {
    summary
      .heading(`Root cause: ${root.file} lines ${root.startLine}-${root.endLine}`, 3)
      .code(root.text);
  }
  if (report.failingTests.length > 0) {
    summary.heading(`Failing tests (${report.failingTests.length})`, 3).table(
      ['test', 'file', 'message'],
      report.failingTests
        .slice(0, 30)
        .map((t) => [
          t.name,
          t.file ? `${t.file}${t.line ? `:${t.line}` : ''}` : '',
          (t.message ?? '').slice(0, 200),
        ]),
    );
  }
  if (report.jobs.length > 1) {
    summary.heading('Jobs', 3).table(
      ['job', 'step', 'category', 'tools'],
      report.jobs.map((j) => [j.name, j.failedStep ?? '', j.category, j.tools.join(', ')]),
    );
  }
  const more = report.excerpts.slice(1);
  if (more.length > 0) {
    summary.details(
      `${more.length} more excerpt${more.length > 1 ? 's' : ''}`,
      more
        .map((e) => `${e.file} lines ${e.startLine}-${e.endLine}\n\n\`\`\`\n${e.text}\n\`\`\``)
        .join('\n\n'),
    );
  }
  if (notes.length > 0) summary.list([...notes]);
  return summary;
}

/** Annotations at the source locations tools named, the root cause's tool first. */
export function diagnoseAnnotations(report: DiagnoseReport): Annotation[] {
  const lead = report.tools[0];
  return report.locations.map((loc, index) => ({
    level: 'error' as const,
    title: `${loc.tool ?? 'diagnose'}: ${report.category}`,
    message: loc.message || report.summary,
    file: loc.file,
    line: loc.line,
    ...(loc.column ? { column: loc.column } : {}),
    relevance: (loc.tool === lead ? 1000 : 0) - index,
  }));
}
