import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../platform/logger.js';
import { findCulprits } from './bisect.js';
import type { EcosystemAdapter, Upgrade, UpgradeGroup } from './ecosystem.js';

export const UPGRADE_SCHEMA_VERSION = 1;

/** Runs the validation commands in the workspace; `output` is what they printed. */
export type CheckRunner = (workspace: string) => Promise<{ passed: boolean; output: string }>;

export interface TestRunRecord {
  purpose: 'baseline' | 'all-upgrades' | 'bisect' | 'confirm' | 'final';
  upgrades: string[];
  passed: boolean;
  seconds: number;
}

export interface HeldBack {
  group: string;
  upgrades: Upgrade[];
  reason: string;
  /** What the tests printed with this group upgraded on top of the good ones. */
  failureOutput: string;
}

export type UpgradeOutcome =
  'nothing-to-upgrade' | 'baseline-red' | 'all-upgraded' | 'partially-upgraded' | 'all-held-back';

export interface UpgradeResult {
  outcome: UpgradeOutcome;
  message: string;
  upgraded: Upgrade[];
  heldBack: HeldBack[];
  groups: UpgradeGroup[];
  testRuns: TestRunRecord[];
  /** Runs spent after the baseline: the full upgrade, the bisect and the final check. */
  upgradeRuns: number;
}

export interface UpgradeOptions {
  workspace: string;
  adapter: EcosystemAdapter;
  latest: boolean;
  runChecks: CheckRunner;
  logger: Logger;
  only?: string[];
}

/**
 * Upgrade everything that can be upgraded; when the checks go red, bisect the upgrade groups, hold
 * back only the culprits and leave the workspace with every upgrade that passes applied.
 */
export async function upgradeDependencies(options: UpgradeOptions): Promise<UpgradeResult> {
  const { workspace, adapter, logger } = options;
  await adapter.check(workspace);
  const baseline = await snapshot(workspace, adapter.stateFiles);
  const upgrades = await adapter.plan(workspace, { latest: options.latest, only: options.only });
  const testRuns: TestRunRecord[] = [];
  const result = (
    outcome: UpgradeOutcome,
    message: string,
    upgraded: Upgrade[],
    heldBack: HeldBack[],
    groups: UpgradeGroup[],
  ): UpgradeResult => ({
    outcome,
    message,
    upgraded,
    heldBack,
    groups,
    testRuns,
    upgradeRuns: testRuns.filter((r) => r.purpose !== 'baseline').length,
  });
  if (upgrades.length === 0)
    return result(
      'nothing-to-upgrade',
      'Every dependency is already at the newest version allowed.',
      [],
      [],
      [],
    );

  const groups = await adapter.group(workspace, upgrades);
  logger.info(
    `${upgrades.length} upgrade(s) in ${groups.length} group(s): ${groups.map((g) => g.id).join(', ')}`,
  );
  const outputs = new Map<string, string>();
  const check = async (set: UpgradeGroup[], purpose: TestRunRecord['purpose']) => {
    await restore(workspace, baseline);
    await adapter.apply(
      workspace,
      set.flatMap((g) => g.upgrades),
    );
    const started = Date.now();
    const { passed, output } = await options.runChecks(workspace);
    testRuns.push({
      purpose,
      upgrades: set.map((g) => g.id),
      passed,
      seconds: (Date.now() - started) / 1000,
    });
    logger.info(
      `test run ${testRuns.length} (${purpose}) with [${set.map((g) => g.id).join(', ')}]: ${passed ? 'passed' : 'failed'}`,
    );
    if (!passed) outputs.set(set.map((g) => g.id).join('|'), output);
    return passed;
  };

  if (!(await check([], 'baseline'))) {
    return result(
      'baseline-red',
      'The checks fail before any upgrade: nothing to bisect. Fix the build first.',
      [],
      [],
      groups,
    );
  }
  if (await check(groups, 'all-upgrades'))
    return result(
      'all-upgraded',
      `All ${upgrades.length} upgrade(s) pass the checks.`,
      upgrades,
      [],
      groups,
    );

  const bisect = await findCulprits(groups, (set) => check(set, 'bisect'));
  const heldBack = bisect.culprits.map((culprit) => ({
    group: culprit.id,
    upgrades: culprit.upgrades,
    reason: `the checks fail with ${culprit.id} upgraded on top of the upgrades that pass`,
    failureOutput: failureOf(culprit, bisect.runs, outputs),
  }));
  // Leave the workspace with exactly the good set applied.
  const lastRun = testRuns.at(-1);
  if (!lastRun?.passed || lastRun.upgrades.join('|') !== bisect.good.map((g) => g.id).join('|')) {
    if (bisect.goodVerified) {
      // Already tested green as a set during the bisect: re-apply it without spending a run.
      await restore(workspace, baseline);
      await adapter.apply(
        workspace,
        bisect.good.flatMap((g) => g.upgrades),
      );
    } else if (!(await check(bisect.good, 'final'))) {
      throw new Error(
        'the upgrades that passed one by one fail together; refusing to propose them',
      );
    }
  }
  const upgraded = bisect.good.flatMap((g) => g.upgrades);
  const outcome = upgraded.length === 0 ? 'all-held-back' : 'partially-upgraded';
  return result(
    outcome,
    `${upgraded.length} upgrade(s) pass; ${heldBack.length} group(s) held back: ${heldBack.map((h) => h.group).join(', ')}.`,
    upgraded,
    heldBack,
    groups,
  );
}

function failureOf(
  culprit: UpgradeGroup,
  runs: { groups: UpgradeGroup[]; passed: boolean }[],
  outputs: Map<string, string>,
): string {
  // The failing run whose last group is the culprit shows its failure with the least else changed.
  const candidates = runs
    .filter((r) => !r.passed && r.groups.includes(culprit))
    .sort((a, b) => a.groups.length - b.groups.length);
  for (const run of candidates) {
    const output = outputs.get(run.groups.map((g) => g.id).join('|'));
    if (output) return output;
  }
  return '';
}

type Snapshot = Map<string, string | undefined>;

async function snapshot(workspace: string, files: string[]): Promise<Snapshot> {
  const entries = await Promise.all(
    files.map(
      async (f) =>
        [f, await readFile(path.join(workspace, f), 'utf8').catch(() => undefined)] as const,
    ),
  );
  return new Map(entries);
}

async function restore(workspace: string, state: Snapshot): Promise<void> {
  for (const [file, content] of state)
    if (content !== undefined) await writeFile(path.join(workspace, file), content, 'utf8');
}
