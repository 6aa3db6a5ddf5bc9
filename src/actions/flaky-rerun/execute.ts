import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import { ConfigError } from '../../platform/errors.js';
import { writeJsonReport } from '../../platform/report.js';
import { createProcessRunner } from '../../flaky/process.js';
import { mergedJunitXml } from '../../flaky/junit-writer.js';
import { readRegistry, recordRun, type EventLog } from '../../flaky/registry.js';
import type { FlakyReport } from '../../flaky/report.js';
import { rerunFailedTests, type RerunOptions } from '../../flaky/rerun.js';
import { changedFilesSinceBase, inChangedFiles } from '../../flaky/new-tests.js';
import { openDashboard } from '../../github/dashboard.js';
import { createOctokit } from '../../github/octokit.js';
import type { FlakyRerunSettings } from './settings.js';
import { flakyAnnotations, flakySummary } from './summary.js';

/** Injected in tests: the dashboard issue as an event log. */
export interface FlakyRerunDeps {
  openRegistry?: (io: ActionIO, settings: FlakyRerunSettings) => Promise<EventLog>;
}

export async function execute(
  io: ActionIO,
  settings: Readonly<FlakyRerunSettings>,
  deps: FlakyRerunDeps = {},
): Promise<ActionOutcome> {
  const log = settings.registry
    ? await (deps.openRegistry ?? openDashboardLog)(io, settings)
    : undefined;
  const registry = log ? await readRegistry(log) : undefined;
  const outDir = path.join(io.context.tempDir, 'kintsugi');
  const report = await rerunFailedTests({
    ...(settings.command ? { command: settings.command } : {}),
    reports: settings.reports,
    framework: settings.framework,
    cwd: settings.workingDirectory,
    reruns: settings.reruns,
    timeoutMs: settings.timeoutMs,
    maxFailures: settings.maxFailures,
    quarantine: [...settings.quarantine, ...(registry?.quarantine ?? [])],
    processRunner: createProcessRunner(),
    logger: io.logger,
    tempDir: path.join(outDir, 'flaky-attempts'),
    audit: auditFacts(io),
    ...(await newTestsOption(io, settings)),
  });
  if (log) await recordRun(log, report, io.context.sha);
  const reportPath = await writeJsonReport(path.join(outDir, 'flaky-rerun-report.json'), report);
  const junitPath = path.join(outDir, 'flaky-rerun-junit.xml');
  await writeFile(junitPath, mergedJunitXml(report), 'utf8');
  io.setOutput(
    'real-failures',
    report.tests.filter((t) => t.status === 'failed').map((t) => t.name),
  );
  io.setOutput(
    'flaky',
    report.tests.filter((t) => t.status === 'flaky').map((t) => t.name),
  );
  io.setOutput('report', reportPath);
  io.setOutput('junit', junitPath);
  await io.writeSummary(flakySummary(report, registry));
  io.annotate(flakyAnnotations(report, io.context.workspace));
  return { ...verdict(report, settings.failOn), report, reportPath };
}

function verdict(
  report: FlakyReport,
  failOn: FlakyRerunSettings['failOn'],
): Pick<ActionOutcome, 'status' | 'message'> {
  const s = report.summary;
  const names = (status: string) =>
    report.tests
      .filter((t) => t.status === status)
      .slice(0, 5)
      .map((t) => t.name)
      .join(', ');
  if (report.verdict === 'broken')
    return {
      status: failOn === 'never' ? 'neutral' : 'failure',
      message: report.reason ?? 'the test run is broken',
    };
  if (s.failed > 0 && failOn !== 'never')
    return {
      status: 'failure',
      message: `${s.failed} real failure(s) (failed the suite run and every re-run): ${names('failed')}`,
    };
  if (s.flaky > 0 && failOn === 'flaky')
    return {
      status: 'failure',
      message: `${s.flaky} flaky test(s) and fail-on is flaky: ${names('flaky')}`,
    };
  const parts = [
    `${s.tests} tests`,
    `${s.failed} real failure(s)`,
    `${s.flaky} flaky`,
    `${s.quarantined} quarantined`,
  ];
  return { status: 'success', message: parts.join(', ') };
}

function auditFacts(io: ActionIO): Partial<FlakyReport['audit']> {
  const { context } = io;
  return {
    ...(context.actor ? { actor: context.actor } : {}),
    ...(context.repository
      ? { repository: `${context.repository.owner}/${context.repository.repo}` }
      : {}),
    ...(context.sha ? { commit: context.sha } : {}),
    ...(context.runId ? { runId: context.runId } : {}),
    ...(context.repository && context.runId
      ? {
          links: [
            `${context.serverUrl}/${context.repository.owner}/${context.repository.repo}/actions/runs/${context.runId}`,
          ],
        }
      : {}),
  };
}

/** detect-new-flakes: tests in files added or changed since the PR base (or the push's before). */
async function newTestsOption(
  io: ActionIO,
  settings: FlakyRerunSettings,
): Promise<Pick<RerunOptions, 'newTests'>> {
  if (settings.detectNewFlakes === 0) return {};
  const before = io.context.payload.before;
  const base = io.env.GITHUB_BASE_REF
    ? `origin/${io.env.GITHUB_BASE_REF}`
    : typeof before === 'string' && !/^0+$/.test(before)
      ? before
      : undefined;
  if (!base) {
    io.logger.warning(
      'detect-new-flakes: no base to compare with (not a pull request or push); skipped',
    );
    return {};
  }
  try {
    const files = await changedFilesSinceBase(settings.workingDirectory, base);
    return {
      newTests: {
        isNew: inChangedFiles(files, settings.workingDirectory),
        runs: settings.detectNewFlakes,
      },
    };
  } catch (error) {
    io.logger.warning(
      `detect-new-flakes: could not compare with ${base} (${(error as Error).message.split('\n')[0]}); fetch the base (actions/checkout fetch-depth: 0) to use it`,
    );
    return {};
  }
}

async function openDashboardLog(io: ActionIO, settings: FlakyRerunSettings): Promise<EventLog> {
  const repository = io.context.repository;
  if (!repository)
    throw new ConfigError(
      'Input registry is true but GITHUB_REPOSITORY is not set; accepted: registry: false outside a workflow run',
    );
  const octokit = createOctokit({
    token: settings.githubToken!,
    baseUrl: io.context.apiUrl,
    logger: io.logger,
  });
  return openDashboard(octokit, {
    ...repository,
    logger: io.logger,
    ...(io.context.runId ? { runId: io.context.runId } : {}),
  });
}
