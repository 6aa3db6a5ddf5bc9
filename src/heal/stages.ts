import path from 'node:path';
import { rerunFailedTests } from '../flaky/rerun.js';
import { createProcessRunner } from '../flaky/process.js';
import { detectFramework } from '../flaky/runners/registry.js';
import { appendArgs } from '../flaky/shell.js';
import type { DiagnoseReport } from '../diagnose/report.js';
import type { Octokit } from '../github/octokit.js';
import type { ModelClient } from '../llm/index.js';
import { createCommandRunner } from '../patch/commands.js';
import { githubPullRequestHost } from '../patch/github-host.js';
import { healFailure, type HealSettings } from '../patch/heal.js';
import type { DashboardEvents } from '../patch/loop-guard.js';
import type { Logger } from '../platform/logger.js';
import type { AuditRecord } from '../platform/report.js';
import { assessRisk } from '../risk/assess.js';
import { publishRiskComment, setRiskLabel } from '../risk/github.js';
import { defaultPolicyDirectory, loadPolicyBundle } from '../risk/policy/bundle.js';
import type { HealStages } from './pipeline.js';

/** What the pipeline was told, beyond patch's own settings. */
export interface PipelineSettings {
  heal: HealSettings;
  /** Runs the tests for the flaky check; without it there is no flaky check. */
  testCommand?: string;
  /** Re-runs per failed test in the flaky check. */
  reruns: number;
  testTimeoutMs: number;
  approveBelow: number;
  deployBelow: number;
  /** Risk policy bundle; default the bundled policies/. */
  policies?: string;
}

/** Where the pipeline runs and what it talks to: the action and the demo each fill this in. */
export interface PipelineEnvironment {
  workspace: string;
  /** Per-run scratch: test results, the patch file. */
  tempDir: string;
  logger: Logger;
  /** Environment of the validation commands. */
  env: NodeJS.ProcessEnv;
  /** The repository's GitHub; without it nothing is published (the patch stays local). */
  github?: { octokit: Octokit; owner: string; repo: string; dashboard?: DashboardEvents };
  model?: ModelClient;
  audit?: Pick<AuditRecord, 'actor' | 'repository' | 'commit' | 'runId'>;
}

/** Runners that take test files as arguments: the flaky check then runs only the failing files. */
const FILE_ARGUMENT_RUNNERS = new Set(['vitest', 'jest', 'mocha', 'pytest', 'node-test']);

/**
 * The test command narrowed to the failed run's failing test files, so the flaky check re-runs
 * those and not the whole suite; unchanged when the files or the runner are not known.
 */
export function onlyFailingFiles(command: string, diagnosis: DiagnoseReport, cwd: string): string {
  const files = [
    ...new Set(diagnosis.failingTests.flatMap((t) => (t.file ? [t.file] : []))),
  ].filter((f) => !path.isAbsolute(f) && !f.startsWith('..'));
  if (files.length === 0) return command;
  let framework: string;
  try {
    framework = detectFramework(command, cwd);
  } catch {
    return command;
  }
  return FILE_ARGUMENT_RUNNERS.has(framework) ? appendArgs(command, files) : command;
}

/** The one composition of flaky-rerun, patch and risk-gate the action, the CLI and the demo share. */
export function composeHealStages(
  settings: Readonly<PipelineSettings>,
  where: PipelineEnvironment,
): HealStages {
  const { github, logger } = where;
  return {
    rerunFailingTests: settings.testCommand
      ? (diagnosis) =>
          rerunFailedTests({
            command: onlyFailingFiles(settings.testCommand!, diagnosis, where.workspace),
            framework: 'auto',
            cwd: where.workspace,
            reruns: settings.reruns,
            timeoutMs: settings.testTimeoutMs,
            // Above this many failures the suite is broken, not flaky: patch takes it.
            maxFailures: { kind: 'count', value: Math.max(10, diagnosis.failingTests.length * 2) },
            processRunner: createProcessRunner(),
            logger,
            tempDir: path.join(where.tempDir, 'flaky'),
            audit: where.audit,
          })
      : undefined,
    patch: (diagnosis) =>
      healFailure({
        workspace: where.workspace,
        diagnosis,
        settings: { ...settings.heal, llm: settings.heal.llm && Boolean(where.model) },
        github: github
          ? { host: githubPullRequestHost(github.octokit, github), dashboard: github.dashboard }
          : undefined,
        model: where.model,
        runner: createCommandRunner({ env: where.env }),
        logger,
        patchDirectory: where.tempDir,
        audit: where.audit,
      }),
    assessRisk: async (patch) =>
      assessRisk({
        diff: patch.diff,
        policies: await loadPolicyBundle(settings.policies ?? defaultPolicyDirectory()),
        mode: 'enforce',
        thresholds: { approveBelow: settings.approveBelow, deployBelow: settings.deployBelow },
        ...(where.model ? { model: { client: where.model } } : {}),
      }),
    reportRiskOnPullRequest: github
      ? async (pull, risk) => {
          const ref = { owner: github.owner, repo: github.repo, number: pull.number };
          const { data } = await github.octokit.rest.issues.get({
            owner: ref.owner,
            repo: ref.repo,
            issue_number: ref.number,
          });
          const labels = data.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
          await setRiskLabel(github.octokit, ref, risk.level, labels);
          await publishRiskComment(github.octokit, ref, risk);
        }
      : undefined,
  };
}
