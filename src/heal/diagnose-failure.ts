import path from 'node:path';
import { diagnoseLogs } from '../diagnose/diagnose.js';
import { downloadFailedJobLogs } from '../diagnose/github-logs.js';
import { resolveLogFiles, type LogFile } from '../diagnose/log-inputs.js';
import { DIAGNOSE_SCHEMA_VERSION, type DiagnoseReport } from '../diagnose/report.js';
import { analyseTestReports } from '../diagnose/test-reports.js';
import type { Octokit } from '../github/octokit.js';
import type { WorkflowRunInfo } from '../github/runs.js';
import type { Logger } from '../platform/logger.js';
import type { AuditRecord } from '../platform/report.js';

export interface FailureSource {
  /** The failed run, its failed jobs' logs downloaded through the API (GitHub redirects to storage). */
  run?: { octokit: Octokit; owner: string; repo: string; runId: number };
  /** Local log files, directories (GitHub run-logs layout) or globs. */
  logs: readonly string[];
  /** JUnit/JSON test reports: their failing tests lead. */
  testReports: readonly string[];
  workspace: string;
  /** Where downloaded logs go. */
  workDir: string;
  logger: Logger;
  audit?: Pick<AuditRecord, 'actor' | 'repository' | 'commit' | 'runId'>;
}

export interface DiagnosedFailure {
  /** undefined when the run has no failed job: nothing to heal. */
  diagnosis?: DiagnoseReport;
  run?: WorkflowRunInfo;
  logFiles: string[];
}

/** Diagnose's heuristics (no model) over the failed run's logs: the pipeline's first stage. */
export async function diagnoseFailure(source: FailureSource): Promise<DiagnosedFailure> {
  const started = Date.now();
  const files: LogFile[] = source.logs.length
    ? await resolveLogFiles(source.logs, source.workspace)
    : [];
  let run: WorkflowRunInfo | undefined;
  if (source.run) {
    const downloaded = await downloadFailedJobLogs(source.run.octokit, {
      ...source.run,
      dir: path.join(source.workDir, `run-${source.run.runId}`),
    });
    run = downloaded.run;
    files.push(...downloaded.files);
  }
  if (files.length === 0) return { run, logFiles: [] };
  const reportedTests = await analyseTestReports(source.testReports, source.workspace, (m) =>
    source.logger.warning(m),
  );
  const result = await diagnoseLogs(files, { maxExcerptLines: 40, reportedTests });
  for (const note of result.notes) source.logger.info(`diagnose: ${note}`);
  const diagnosis: DiagnoseReport = {
    ...result.report,
    schemaVersion: DIAGNOSE_SCHEMA_VERSION,
    llm: null,
    audit: {
      time: new Date(started).toISOString(),
      action: 'diagnose',
      ...source.audit,
      durationMs: Date.now() - started,
      outcome: 'success',
      tokensIn: 0,
      tokensOut: 0,
      estimatedCostUsd: 0,
      links: run?.url ? [run.url] : [],
    },
  };
  return { diagnosis, run, logFiles: files.map((f) => f.path) };
}
