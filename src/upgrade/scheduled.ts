import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { analyseLog } from '../diagnose/analyse-log.js';
import { DIAGNOSE_SCHEMA_VERSION, type DiagnoseReport } from '../diagnose/report.js';
import type { ModelClient } from '../llm/index.js';
import { createCommandRunner, type CommandRunner } from '../patch/commands.js';
import { DEFAULT_HEAL_SETTINGS, healFailure } from '../patch/heal.js';
import { publishFix, type BranchFile, type PullRequestHost } from '../patch/publish.js';
import { ConfigError } from '../platform/errors.js';
import type { Logger } from '../platform/logger.js';
import type { EcosystemAdapter } from './ecosystem.js';
import {
  fingerprintIn,
  planFingerprint,
  upgradeBody,
  type HeldBackSummary,
} from './pull-request.js';
import { upgradeDependencies, UPGRADE_SCHEMA_VERSION, type UpgradeResult } from './upgrade.js';

const git = promisify(execFile);

export interface ScheduledUpgradeSettings {
  latest: boolean;
  validate: string[];
  validationTimeoutMs: number;
  openPr: boolean;
  branchPrefix: string;
  base?: string;
  draft: boolean;
  labels: string[];
  reviewers: string[];
  llm: boolean;
  maxAttempts: number;
  maxDiffLines: number;
  budgetTokens: number;
}

export interface ScheduledUpgradeOptions {
  workspace: string;
  adapter: EcosystemAdapter;
  settings: ScheduledUpgradeSettings;
  /** The PR host, and the body of the open PR on a branch (to tell whether anything is new). */
  github?: {
    host: PullRequestHost;
    openPullBody(branch: string): Promise<{ number: number; body: string } | undefined>;
  };
  model?: ModelClient;
  runner?: CommandRunner;
  logger: Logger;
  patchDirectory: string;
}

export interface ScheduledUpgradeReport {
  schemaVersion: typeof UPGRADE_SCHEMA_VERSION;
  mode: 'upgrade';
  outcome: UpgradeResult['outcome'] | 'unchanged';
  message: string;
  fingerprint: string;
  upgraded: UpgradeResult['upgraded'];
  heldBack: HeldBackSummary[];
  testRuns: { total: number; afterBaseline: number; log: UpgradeResult['testRuns'] };
  pullRequest?: {
    number: number;
    url: string;
    branch: string;
    created: boolean;
    commitSha: string;
  };
}

/** The weekly job: upgrade, bisect, hold back the culprits, try to adapt the code to them, open one PR. */
export async function runScheduledUpgrade(
  options: ScheduledUpgradeOptions,
): Promise<ScheduledUpgradeReport> {
  const { workspace, adapter, settings, logger } = options;
  if (settings.validate.length === 0) {
    throw new ConfigError(
      'Input validate: the upgrade mode needs the commands that tell whether the project still works (e.g. npm test), one per line',
    );
  }
  await adapter.check(workspace);
  await assertClean(workspace);
  const branch = `${settings.branchPrefix}${adapter.id}`;
  const planned = await adapter.plan(workspace, { latest: settings.latest });
  const fingerprint = planFingerprint(planned);
  const open =
    settings.openPr && options.github ? await options.github.openPullBody(branch) : undefined;
  if (open && fingerprintIn(open.body) === fingerprint) {
    return unchanged(
      fingerprint,
      `Nothing new since PR #${open.number}: the same upgrades are already proposed; no test run spent.`,
    );
  }
  const runner = options.runner ?? createCommandRunner();
  const runChecks = async (root: string) => {
    let output = '';
    for (const command of settings.validate) {
      const result = await runner.shell(command, {
        cwd: root,
        timeoutMs: settings.validationTimeoutMs,
        isolated: true,
      });
      output += `$ ${command}\n${result.output}\n`;
      if (result.notFound)
        throw new ConfigError(
          `Input validate: command not found: "${command}"; accepted: commands that exist in the workspace`,
        );
      if (result.exitCode !== 0 || result.timedOut) return { passed: false, output };
    }
    return { passed: true, output };
  };
  const result = await upgradeDependencies({
    workspace,
    adapter,
    latest: settings.latest,
    runChecks,
    logger,
  });
  const heldBack = await explainHeldBack(result, options);
  const report: ScheduledUpgradeReport = {
    schemaVersion: UPGRADE_SCHEMA_VERSION,
    mode: 'upgrade',
    outcome: result.outcome,
    message: result.message,
    fingerprint,
    upgraded: result.upgraded,
    heldBack,
    testRuns: {
      total: result.testRuns.length,
      afterBaseline: result.upgradeRuns,
      log: result.testRuns,
    },
  };
  const proposable = result.upgraded.length > 0 || heldBack.some((h) => h.adapted);
  if (proposable && settings.openPr && options.github) {
    const files = await changedFiles(workspace);
    const body = upgradeBody(result, heldBack, fingerprint, result.testRuns.length);
    const title = `Kintsugi: upgrade ${result.upgraded.length} ${adapter.id} dependenc${result.upgraded.length === 1 ? 'y' : 'ies'}`;
    const published = await publishFix(options.github.host, {
      branch,
      base: settings.base ?? (await options.github.host.defaultBranch()),
      baseSha: (await git('git', ['rev-parse', 'HEAD'], { cwd: workspace })).stdout.trim(),
      files,
      title,
      body,
      commitMessage: `${title}\n\n${result.upgraded.map((u) => `${u.name} ${u.from} -> ${u.to}`).join('\n')}`,
      draft: settings.draft,
      labels: settings.labels,
      reviewers: settings.reviewers,
    });
    report.pullRequest = { ...published, branch };
    report.message += ` PR #${published.number} ${published.created ? 'opened' : 'updated'}.`;
  }
  return report;
}

function unchanged(fingerprint: string, message: string): ScheduledUpgradeReport {
  return {
    schemaVersion: UPGRADE_SCHEMA_VERSION,
    mode: 'upgrade',
    outcome: 'unchanged',
    message,
    fingerprint,
    upgraded: [],
    heldBack: [],
    testRuns: { total: 0, afterBaseline: 0, log: [] },
  };
}

/** Diagnose each culprit's failure; with a model, try a validated change that adapts the code to it. */
async function explainHeldBack(
  result: UpgradeResult,
  options: ScheduledUpgradeOptions,
): Promise<HeldBackSummary[]> {
  const summaries: HeldBackSummary[] = [];
  for (const held of result.heldBack) {
    const diagnosis = await diagnoseOutput(
      held.failureOutput,
      held.group,
      options.settings.validate,
    );
    const summary: HeldBackSummary = {
      group: held.group,
      upgrades: held.upgrades,
      category: diagnosis.category,
      summary: diagnosis.summary,
      excerpt: diagnosis.excerpts[0]?.text ?? held.failureOutput.split('\n').slice(-20).join('\n'),
    };
    if (options.settings.llm && options.model)
      summary.adapted = await adaptTo(held.upgrades, diagnosis, options);
    summaries.push(summary);
  }
  return summaries;
}

async function diagnoseOutput(
  output: string,
  group: string,
  validate: string[],
): Promise<DiagnoseReport> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-upgrade-log-'));
  try {
    const file = path.join(dir, `${group}.log`);
    await writeFile(file, output, 'utf8');
    const log = await analyseLog(file, `${group}.log`, { maxExcerptLines: 40 });
    return {
      schemaVersion: DIAGNOSE_SCHEMA_VERSION,
      category: log.category,
      confidence: log.confidence,
      summary: log.summary,
      excerpts: log.excerpts,
      failingTests: log.failingTests,
      locations: log.locations,
      tools: log.tools,
      jobs: [
        {
          name: `upgrade ${group}`,
          command: validate.join(' && '),
          category: log.category,
          tools: log.tools,
        },
      ],
      llm: null,
      audit: {
        time: new Date().toISOString(),
        action: 'diagnose',
        tokensIn: 0,
        tokensOut: 0,
        estimatedCostUsd: 0,
        durationMs: 0,
        outcome: 'success',
        links: [],
      },
    } as DiagnoseReport;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * With the culprit applied on top of the good upgrades, let patch (fixers, then the model) make the
 * checks green. Kept only if it validates; otherwise the workspace goes back to the good set.
 */
async function adaptTo(
  upgrades: UpgradeResult['upgraded'],
  diagnosis: DiagnoseReport,
  options: ScheduledUpgradeOptions,
): Promise<HeldBackSummary['adapted']> {
  const { workspace, adapter, settings, logger } = options;
  const start = await gitOut(workspace, ['rev-parse', 'HEAD']);
  const goodState = await snapshot(workspace, adapter.stateFiles);
  await adapter.apply(workspace, upgrades);
  // patch heals from a clean tree: commit this state for the while (tracked files only), undo after.
  await gitOut(workspace, ['add', '-u']);
  await gitOut(workspace, [
    '-c',
    'user.name=kintsugi',
    '-c',
    'user.email=kintsugi@users.noreply.github.com',
    'commit',
    '-q',
    '--no-verify',
    '-m',
    'kintsugi: culprit applied (temporary)',
  ]);
  try {
    const report = await healFailure({
      workspace,
      diagnosis,
      settings: {
        ...DEFAULT_HEAL_SETTINGS,
        fixers: [],
        llm: true,
        openPr: false,
        validate: settings.validate,
        validationTimeoutMs: settings.validationTimeoutMs,
        maxAttempts: settings.maxAttempts,
        maxDiffLines: settings.maxDiffLines,
        budgetTokens: settings.budgetTokens,
        branchPrefix: settings.branchPrefix,
      },
      model: options.model,
      runner: options.runner,
      logger,
      patchDirectory: options.patchDirectory,
    });
    if (!report.patched || !report.patch) {
      logger.info(
        `no validated adaptation for ${upgrades.map((u) => u.name).join('+')}: ${report.message}`,
      );
      await gitOut(workspace, ['reset', '-q', '--hard', 'HEAD']);
      await gitOut(workspace, ['reset', '-q', '--soft', start]);
      await gitOut(workspace, ['reset', '-q']);
      await restore(workspace, goodState);
      await adapter.apply(workspace, []);
      return undefined;
    }
    const explanation =
      report.attempts.find((a) => a.outcome === 'accepted')?.explanation ?? report.message;
    await gitOut(workspace, ['reset', '-q', '--soft', start]);
    await gitOut(workspace, ['reset', '-q']);
    return { files: report.patch.files, explanation };
  } catch (error) {
    await gitOut(workspace, ['reset', '-q', '--soft', start]).catch(() => undefined);
    await gitOut(workspace, ['reset', '-q']).catch(() => undefined);
    throw error;
  }
}

async function gitOut(cwd: string, args: string[]): Promise<string> {
  return (await git('git', args, { cwd })).stdout.trim();
}

async function assertClean(workspace: string): Promise<void> {
  const status = await gitOut(workspace, ['status', '--porcelain']).catch(() => {
    throw new ConfigError(
      `${workspace} is not a git work tree; the upgrade mode proposes its change as a PR from a checkout`,
    );
  });
  if (status)
    throw new ConfigError(
      `the work tree ${workspace} has uncommitted changes; commit or discard them first:\n${status}`,
    );
}

async function changedFiles(workspace: string): Promise<BranchFile[]> {
  // -z: no quoting, and no trimming that would eat the status column of the first entry.
  const { stdout } = await git('git', ['status', '--porcelain', '-z', '--untracked-files=all'], {
    cwd: workspace,
  });
  const names = stdout
    .split('\0')
    .filter((entry) => entry.length > 3)
    .map((entry) => entry.slice(3));
  return Promise.all(
    names.map(async (name) => ({
      path: name,
      content: await readFile(path.join(workspace, name), 'utf8').catch(() => null),
    })),
  );
}

async function snapshot(workspace: string, files: string[]): Promise<Map<string, string>> {
  const state = new Map<string, string>();
  for (const f of files) {
    const text = await readFile(path.join(workspace, f), 'utf8').catch(() => undefined);
    if (text !== undefined) state.set(f, text);
  }
  return state;
}

async function restore(workspace: string, state: Map<string, string>): Promise<void> {
  for (const [f, text] of state) await writeFile(path.join(workspace, f), text, 'utf8');
}
