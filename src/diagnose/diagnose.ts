import { analyseLog, type LogDiagnosis } from './analyse-log.js';
import { checkLogFile, type LogFile } from './log-inputs.js';
import type { Category, DiagnoseReport, FailingTest, JobDiagnosis } from './report.js';
import { DIAGNOSE_SCHEMA_VERSION } from './report.js';

export interface DiagnoseOptions {
  maxExcerptLines: number;
  /** Passing logs by job name (from baseline-logs or baseline: auto). */
  baselines?: Map<string, string>;
  /** Failing tests read from JUnit/JSON reports: they come before what the log says. */
  reportedTests?: FailingTest[];
  inputName?: string;
}

export interface DiagnoseResult {
  report: Omit<DiagnoseReport, 'llm' | 'audit'>;
  logs: LogDiagnosis[];
  notes: string[];
}

/** Diagnoses every log and folds them into one report: the most telling job leads. */
export async function diagnoseLogs(
  files: readonly LogFile[],
  options: DiagnoseOptions,
): Promise<DiagnoseResult> {
  const logs: LogDiagnosis[] = [];
  const jobsOf = new Map<LogDiagnosis, LogFile>();
  for (const file of files) {
    await checkLogFile(file, options.inputName);
    const baselineFile =
      options.baselines?.get(file.step ? `${file.job}/${file.step}` : file.job) ??
      options.baselines?.get(file.job);
    const log = await analyseLog(file.path, file.displayName, {
      maxExcerptLines: options.maxExcerptLines,
      ...(baselineFile ? { baselineFile } : {}),
    });
    logs.push(log);
    jobsOf.set(log, file);
  }
  const ordered = [...logs].sort((a, b) => leadScore(b) - leadScore(a));
  const lead = ordered[0];
  const reported = options.reportedTests ?? [];
  const failingTests = uniqueTests([...reported, ...ordered.flatMap((l) => l.failingTests)]).slice(
    0,
    200,
  );
  const category: Category =
    lead?.category === 'unknown' && reported.length > 0 ? 'test' : (lead?.category ?? 'unknown');
  const jobs: JobDiagnosis[] = logs.map((log) => {
    const file = jobsOf.get(log)!;
    return {
      name: file.job,
      logFile: file.displayName,
      ...(file.step
        ? { failedStep: file.step }
        : log.failedStep
          ? { failedStep: log.failedStep }
          : {}),
      ...(log.command ? { command: log.command } : {}),
      category: log.category,
      tools: log.tools,
    };
  });
  const report: Omit<DiagnoseReport, 'llm' | 'audit'> = {
    schemaVersion: DIAGNOSE_SCHEMA_VERSION,
    category,
    confidence: lead?.confidence ?? 0.1,
    summary: lead
      ? logs.length > 1
        ? `${jobsOf.get(lead)!.job}: ${lead.summary}`
        : lead.summary
      : 'No logs to diagnose.',
    excerpts: ordered
      .flatMap((l, i) => (i === 0 ? l.excerpts : l.excerpts.slice(0, 1)))
      .filter((e) => e.text !== ''),
    failingTests,
    locations: ordered.flatMap((l) => l.locations).slice(0, 500),
    tools: [...new Set(ordered.flatMap((l) => l.tools))],
    jobs,
  };
  return { report, logs, notes: logs.flatMap((l) => l.notes) };
}

/** Which log explains the failure best: one with a known category and a strong root cause. */
function leadScore(log: LogDiagnosis): number {
  if (log.excerpts.length === 0) return 0;
  return (
    (log.category === 'unknown' ? 0.5 : 1) * log.confidence +
    (log.failingTests.length > 0 ? 0.05 : 0)
  );
}

function uniqueTests(tests: FailingTest[]): FailingTest[] {
  const seen = new Set<string>();
  return tests.filter((t) => {
    const key = `${t.file ?? ''}::${t.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
