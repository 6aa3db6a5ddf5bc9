import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runLeanProve } from '../../lean/lean-prove.js';
import type { LeanProveResult } from '../../lean/lean-prove.js';
import { buildReport, leanAnnotations, renderComment, renderMarkdown } from '../../lean/report.js';
import { modelClientFor } from '../../llm/index.js';
import type { ActionIO, ActionOutcome } from '../../platform/action.js';
import { describeError } from '../../platform/errors.js';
import type { AuditRecord } from '../../platform/report.js';
import { writeJsonReport } from '../../platform/report.js';
import { Summary } from '../../platform/summary.js';
import { postStickyComment } from './comment.js';
import { openProofPullRequest } from './proof-pr.js';
import type { LeanProveActionSettings } from './settings.js';

export async function execute(
  io: ActionIO,
  settings: Readonly<LeanProveActionSettings>,
): Promise<ActionOutcome> {
  const started = Date.now();
  const model = settings.llmProofs ? modelClientFor(settings.modelChoice, io.logger) : undefined;
  const result = await runLeanProve(settings, {
    env: io.env,
    logger: io.logger,
    cache: io.cache,
    allowElanInstall: io.env.GITHUB_ACTIONS === 'true',
    ...(model ? { model } : {}),
  });
  const outDir = path.join(io.context.tempDir, 'kintsugi');
  await mkdir(outDir, { recursive: true });
  const patchFile = await writePatch(outDir, result);
  const report = buildReport(
    settings.project,
    result,
    audit(io, settings, result, started),
    patchFile,
  );
  if (patchFile) io.logger.info(`proofs that check are in ${patchFile} (apply with git apply)`);
  if (settings.proofPullRequest && result.proofs && report.proofs) {
    const pr = await openProofPullRequest(io, settings.githubToken, result.proofs).catch(
      (error: unknown) => ({
        url: undefined,
        skipped: `could not open it: ${describeError(error)}`,
      }),
    );
    report.proofs.pullRequest = pr.url ?? null;
    io.logger.info(pr.url ? `proof PR: ${pr.url}` : `no proof PR: ${pr.skipped}`);
  }
  const reportPath = await writeJsonReport(path.join(outDir, 'lean-prove-report.json'), report);
  await writeFile(path.join(outDir, 'lean-prove.log'), result.head.log, 'utf8');

  io.setOutput('proved', result.counts.proved);
  io.setOutput('sorry', result.counts.sorry);
  io.setOutput('failed', result.counts.error);
  io.setOutput('timed-out', result.counts.timeout);
  io.setOutput('report', reportPath);
  await io.writeSummary(new Summary().raw(renderMarkdown(report)));
  io.annotate(leanAnnotations(result, settings.project.replace(/\/+$/, '')));
  if (settings.comment) await comment(io, settings, renderComment(report));
  return {
    status: result.verdict.failed ? 'failure' : 'success',
    message: result.verdict.reason,
    report,
    reportPath,
  };
}

async function writePatch(outDir: string, result: LeanProveResult): Promise<string | undefined> {
  if (!result.proofs?.patch) return undefined;
  const file = path.join(outDir, 'lean-proofs.patch');
  await writeFile(file, result.proofs.patch, 'utf8');
  return file;
}

async function comment(
  io: ActionIO,
  settings: LeanProveActionSettings,
  body: string,
): Promise<void> {
  try {
    const where = await postStickyComment(io, settings.githubToken, body);
    io.logger.info(where ? `PR comment: ${where}` : 'not a pull request: no comment posted');
  } catch (error) {
    // The proofs are the result; a comment that cannot be posted must not hide them.
    io.logger.warning(`could not post the PR comment: ${describeError(error)}`);
  }
}

function audit(
  io: ActionIO,
  settings: LeanProveActionSettings,
  result: LeanProveResult,
  started: number,
): AuditRecord {
  const usage = result.proofs?.usage;
  return {
    time: new Date(started).toISOString(),
    action: 'lean-prove',
    ...(io.context.actor ? { actor: io.context.actor } : {}),
    ...(io.context.repository
      ? { repository: `${io.context.repository.owner}/${io.context.repository.repo}` }
      : {}),
    ...(io.context.sha ? { commit: io.context.sha } : {}),
    ...(io.context.runId ? { runId: io.context.runId } : {}),
    ...(usage?.model
      ? { model: usage.model }
      : settings.llmProofs
        ? { model: settings.model }
        : {}),
    ...(usage?.promptHash ? { promptHash: usage.promptHash } : {}),
    tokensIn: usage?.tokensIn ?? 0,
    tokensOut: usage?.tokensOut ?? 0,
    estimatedCostUsd: usage?.estimatedCostUsd ?? 0,
    durationMs: Date.now() - started,
    outcome: result.verdict.failed ? 'failure' : 'success',
    links: [],
  };
}
