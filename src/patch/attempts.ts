import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DiagnoseReport } from '../diagnose/report.js';
import type { ModelClient } from '../llm/index.js';
import { BudgetExceededError, ModelUnavailableError } from '../llm/index.js';
import { describeError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import { addUsage, emptyUsage, type ModelUsage } from '../platform/report.js';
import type { CommandRunner } from './commands.js';
import { blamedFiles, chooseFixers } from './fixers/registry.js';
import type { FixerWorkspace } from './fixers/types.js';
import { exists } from './fixers/types.js';
import { applyEditsInMemory, proposeEdits } from './model-edits.js';
import type { FixerRecord, PatchAttempt } from './report.js';
import { checkPatch, type PatchSource, type SafetyPolicy } from './safety.js';
import {
  validateCandidate,
  type Baseline,
  type ValidationSettings,
  type Verdict,
} from './validate.js';
import { resolveInside, type FileChange, type Workspace } from './workspace.js';

/** Everything one healing run shares between its attempts. */
export interface AttemptContext {
  workspace: Workspace;
  diagnosis: DiagnoseReport;
  runner: CommandRunner;
  policy: SafetyPolicy;
  validation: ValidationSettings;
  baseline: Baseline;
  logger: Logger;
  fixerTimeoutMs: number;
  attempts: PatchAttempt[];
}

export interface StageResult {
  /** The tree now holds a patch that passed validation. */
  accepted: boolean;
  /** What to tell the model about the state it starts from. */
  feedback?: string;
  source?: PatchSource;
  verdict?: Verdict;
}

const SOURCE_ORDER: PatchSource[] = ['formatter', 'lint-fix', 'lockfile', 'model'];

/** Changed paths that are symlinks, or reach outside the workspace through one. */
async function symlinkRefusals(root: string, changes: FileChange[]): Promise<string[]> {
  const refusals: string[] = [];
  for (const change of changes) {
    const resolved = await resolveInside(root, change.path);
    if ('refused' in resolved) refusals.push(resolved.refused);
  }
  return refusals;
}

/** Judges the tree as it is now: safety first, then validation. */
async function judgeTree(
  ctx: AttemptContext,
  source: PatchSource,
): Promise<{ reasons: string[]; verdict?: Verdict; files: string[] }> {
  const changes = await ctx.workspace.changes();
  const files = changes.map((c) => c.path);
  const safety = checkPatch(changes, ctx.policy, source);
  const reasons = [
    ...(await symlinkRefusals(ctx.workspace.root, changes)),
    ...(safety.accepted ? [] : safety.reasons),
  ];
  if (reasons.length > 0) return { reasons, files };
  const verdict = await validateCandidate(ctx.validation, ctx.runner, ctx.baseline);
  await ctx.workspace.keepOnly(changes);
  return { reasons: verdict.problems, verdict, files };
}

/** Runs every fixer the diagnosis calls for, then judges their combined result. */
export async function runFixers(
  ctx: AttemptContext,
  requested: 'auto' | string[],
): Promise<StageResult> {
  const root = ctx.workspace.root;
  const fixers = await chooseFixers(requested, ctx.diagnosis, root);
  if (fixers.length === 0) return { accepted: false };
  const records: FixerRecord[] = [];
  for (const fixer of fixers) {
    const named = blamedFiles(ctx.diagnosis, fixer);
    const files: string[] = [];
    for (const file of named) if (await exists(path.join(root, file))) files.push(file);
    const target: FixerWorkspace = { root, files, timeoutMs: ctx.fixerTimeoutMs };
    const run = await ctx.logger.group(`fixer ${fixer.id}`, () => fixer.run(target, ctx.runner));
    records.push(
      run.status === 'ran'
        ? { id: fixer.id, status: 'ran', command: run.command, exitCode: run.exitCode }
        : { id: fixer.id, status: 'skipped', reason: run.reason },
    );
    if (run.status === 'skipped') ctx.logger.info(`fixer ${fixer.id} skipped: ${run.reason}`);
  }
  const source = SOURCE_ORDER.filter((s) => fixers.some((f) => f.source === s)).pop()!;
  const attempt: PatchAttempt = {
    number: ctx.attempts.length + 1,
    source: 'fixers',
    outcome: 'no-change',
    reasons: [],
    fixers: records,
  };
  ctx.attempts.push(attempt);
  if ((await ctx.workspace.changes()).length === 0) {
    attempt.reasons = ['the fixers changed nothing'];
    return { accepted: false };
  }
  const judged = await judgeTree(ctx, source);
  Object.assign(attempt, {
    files: judged.files,
    reasons: judged.reasons,
    validation: judged.verdict?.results,
  });
  if (judged.verdict?.passed) {
    attempt.outcome = 'accepted';
    return { accepted: true, source, verdict: judged.verdict };
  }
  if (judged.verdict && madeProgress(ctx.baseline, judged.verdict)) {
    attempt.outcome = 'partial';
    return {
      accepted: false,
      source,
      feedback: `The fixers (${fixers.map((f) => f.id).join(', ')}) already fixed part of it; still failing:\n${judged.reasons.join('\n')}`,
    };
  }
  attempt.outcome = judged.verdict ? 'validation-failed' : 'rejected';
  await ctx.workspace.rollback();
  return { accepted: false };
}

/** Some failing check turned green and no green check broke: worth keeping under the model's edits. */
function madeProgress(baseline: Baseline, verdict: Verdict): boolean {
  const now = new Map(verdict.results.map((r) => [r.command, r.passed]));
  if (baseline.green.some((c) => now.get(c) === false)) return false;
  return baseline.failing.some((c) => now.get(c) === true);
}

/** Puts back exactly what one model attempt wrote, leaving earlier (fixer) changes in place. */
async function restore(root: string, changes: FileChange[]): Promise<void> {
  for (const change of changes) {
    const file = path.join(root, change.path);
    if (change.before === undefined) await rm(file, { force: true });
    else await writeFile(file, change.before, 'utf8');
  }
}

async function writeChanges(root: string, contents: Map<string, string>): Promise<void> {
  for (const [relative, text] of contents) {
    const file = path.join(root, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, 'utf8');
  }
}

export interface ModelStageOptions {
  model: ModelClient;
  maxAttempts: number;
  budgetTokens: number;
  feedback?: string;
}

/** Up to max-attempts model replies, each fed why the previous one was not accepted. */
export async function runModel(
  ctx: AttemptContext,
  options: ModelStageOptions,
): Promise<StageResult & { usage: ModelUsage; promptHash?: string }> {
  let feedback = options.feedback;
  let usage = emptyUsage();
  let promptHash: string | undefined;
  for (let n = 0; n < options.maxAttempts; n++) {
    const attempt: PatchAttempt = {
      number: ctx.attempts.length + 1,
      source: 'model',
      outcome: 'model-error',
      reasons: [],
    };
    ctx.attempts.push(attempt);
    let proposal;
    try {
      proposal = await proposeEdits(
        options.model,
        ctx.workspace.root,
        ctx.diagnosis,
        feedback,
        options.budgetTokens,
      );
    } catch (error) {
      attempt.reasons = [`the model's reply was not usable: ${describeError(error)}`];
      if (error instanceof ModelUnavailableError || error instanceof BudgetExceededError) break;
      feedback = attempt.reasons[0];
      continue;
    }
    usage = addUsage(usage, proposal.usage);
    promptHash = proposal.promptHash;
    attempt.explanation = proposal.explanation;
    const result = await tryProposal(ctx, attempt, proposal.edits);
    if (result.accepted) return { ...result, usage, promptHash };
    feedback = result.feedback;
  }
  return { accepted: false, usage, promptHash };
}

async function tryProposal(
  ctx: AttemptContext,
  attempt: PatchAttempt,
  edits: Parameters<typeof applyEditsInMemory>[1],
): Promise<StageResult> {
  const root = ctx.workspace.root;
  const applied = await applyEditsInMemory(root, edits, ctx.policy);
  if (!applied.ok) {
    Object.assign(attempt, { outcome: 'edit-failed', reasons: applied.reasons });
    return { accepted: false, feedback: applied.feedback };
  }
  attempt.edits = applied.applied;
  attempt.files = applied.changes.map((c) => c.path);
  // Judge the model's own change before it reaches the disk.
  const own = checkPatch(applied.changes, ctx.policy, 'model');
  if (!own.accepted) {
    Object.assign(attempt, { outcome: 'rejected', reasons: own.reasons });
    return { accepted: false, feedback: `The patch was refused: ${own.reasons.join('; ')}` };
  }
  await writeChanges(root, applied.contents);
  const judged = await judgeTree(ctx, 'model');
  attempt.reasons = judged.reasons;
  attempt.validation = judged.verdict?.results;
  if (judged.verdict?.passed) {
    attempt.outcome = 'accepted';
    return { accepted: true, source: 'model', verdict: judged.verdict };
  }
  attempt.outcome = judged.verdict ? 'validation-failed' : 'rejected';
  await restore(root, applied.changes);
  const tails = (judged.verdict?.results ?? [])
    .filter((r) => !r.passed)
    .map((r) => `$ ${r.command}\n${r.outputTail}`);
  return {
    accepted: false,
    feedback: [
      `The patch applied but was not accepted: ${judged.reasons.join('; ')}`,
      ...tails,
    ].join('\n\n'),
  };
}
