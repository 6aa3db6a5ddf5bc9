import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createOctokit, kintsugiVersion } from '../../github/octokit.js';
import { modelClientFor } from '../../llm/index.js';
import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import { ConfigError } from '../../platform/errors.js';
import { writeJsonReport, type AuditRecord } from '../../platform/report.js';
import { assessRisk, type RiskReport } from '../../risk/assess.js';
import { renderRiskMarkdown } from '../../risk/comment.js';
import { fetchPullRequestData, type PullRequestData } from '../../risk/github.js';
import { defaultPolicyDirectory, loadPolicyBundle } from '../../risk/policy/bundle.js';
import { toSarif } from '../../risk/sarif.js';
import { publishResult } from './publish.js';
import type { RiskGateSettings } from './settings.js';

export async function execute(
  io: ActionIO,
  settings: Readonly<RiskGateSettings>,
): Promise<ActionOutcome> {
  const started = Date.now();
  const bundle = await loadPolicyBundle(settings.policies ?? defaultPolicyDirectory(), {
    expectedSha256: settings.policiesSha256,
  });
  const where =
    settings.pr !== undefined ? { ...repositoryOf(io), number: settings.pr } : undefined;
  const octokit = where ? githubClient(io, settings) : undefined;
  const fetched: Partial<PullRequestData> =
    octokit && where ? await fetchPullRequestData(octokit, where) : {};
  const diff = settings.diffFile ? await readDiff(settings.diffFile) : undefined;
  const assessment = await assessRisk({
    ...fetched,
    ...(diff !== undefined ? { diff, files: undefined } : {}),
    checks: octokit ? fetched.checks : undefined,
    policies: bundle,
    mode: settings.mode,
    thresholds: { approveBelow: settings.approveBelow, deployBelow: settings.deployBelow },
    model: settings.llmReview
      ? {
          client: modelClientFor(settings.modelChoice, io.logger)!,
        }
      : undefined,
  });
  const outDir = path.join(io.context.tempDir, 'kintsugi');
  const report = { ...assessment, audit: audit(io, assessment, started) };
  const reportPath = await writeJsonReport(path.join(outDir, 'risk-gate-report.json'), report);
  const sarifPath = settings.sarif ? await writeSarif(settings.sarif, assessment) : undefined;
  if (octokit && where && fetched.pr)
    await publishResult(io, octokit, where, settings, assessment, fetched.pr);

  io.setOutput('score', assessment.score);
  io.setOutput('decision', assessment.decision);
  io.setOutput('findings', assessment.findings);
  io.setOutput('report', reportPath);
  if (sarifPath) io.setOutput('sarif', sarifPath);
  await io.writeSummary(renderRiskMarkdown(assessment, 2));
  io.annotate(
    assessment.findings
      .filter((f) => f.scored && f.file)
      .map((f) => ({
        level:
          f.severity === 'critical' || f.severity === 'high'
            ? 'error'
            : f.severity === 'medium'
              ? 'warning'
              : 'notice',
        title: `risk-gate: ${f.title}`,
        message: f.message,
        file: f.file,
        line: f.line,
        relevance: { critical: 4, high: 3, medium: 2, low: 1, info: 0 }[f.severity],
      })),
  );
  const blocked = assessment.decision === 'block';
  return {
    status: blocked ? 'failure' : 'success',
    message: blocked
      ? `risk-gate blocked this change: ${assessment.denied.join(', ')} (score ${assessment.score}/100)`
      : `risk score ${assessment.score}/100 → ${assessment.decision}${assessment.wouldBlock.length ? `; shadow mode would have blocked: ${assessment.wouldBlock.join(', ')}` : ''}`,
    report,
    reportPath,
  };
}

function githubClient(io: ActionIO, settings: Readonly<RiskGateSettings>) {
  if (!settings.githubToken)
    throw new ConfigError(
      'Input github-token is empty: reading a pull request needs a token (or give a diff file instead of pr)',
    );
  return createOctokit({
    token: settings.githubToken,
    baseUrl: io.context.apiUrl,
    logger: io.logger,
  });
}

function repositoryOf(io: ActionIO): { owner: string; repo: string } {
  if (io.context.repository) return io.context.repository;
  throw new ConfigError(
    'Input pr needs the repository: GITHUB_REPOSITORY (owner/name) is not set; set it, or give a diff file instead of pr',
  );
}

async function readDiff(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(
      `Input diff got ${JSON.stringify(file)}; accepted: a readable unified diff file (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
    );
  }
}

async function writeSarif(file: string, report: RiskReport): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(
    file,
    `${JSON.stringify(toSarif(report, { toolVersion: kintsugiVersion() }), null, 2)}\n`,
    'utf8',
  );
  return file;
}

function audit(io: ActionIO, report: RiskReport, started: number): AuditRecord {
  const { context } = io;
  return {
    time: new Date(started).toISOString(),
    action: 'risk-gate',
    ...(context.actor ? { actor: context.actor } : {}),
    ...(context.repository
      ? { repository: `${context.repository.owner}/${context.repository.repo}` }
      : {}),
    ...((report.pr?.headSha ?? context.sha) ? { commit: report.pr?.headSha ?? context.sha } : {}),
    ...(context.runId ? { runId: context.runId } : {}),
    ...(report.usage?.model ? { model: report.usage.model } : {}),
    ...(report.usage?.promptHash ? { promptHash: report.usage.promptHash } : {}),
    tokensIn: report.usage?.tokensIn ?? 0,
    tokensOut: report.usage?.tokensOut ?? 0,
    estimatedCostUsd: report.usage?.estimatedCostUsd ?? 0,
    durationMs: Date.now() - started,
    outcome: report.decision === 'block' ? 'failure' : 'success',
    links: report.pr?.url ? [report.pr.url] : [],
  };
}
