import path from 'node:path';
import type { ActionIO } from '../../platform/action.js';
import { ConfigError } from '../../platform/errors.js';
import { FIXER_IDS } from '../../patch/fixers/registry.js';
import { DEFAULT_HEAL_SETTINGS } from '../../patch/heal-settings.js';
import { failedBranchOf } from '../../patch/loop-guard.js';
import type { PipelineSettings } from '../../heal/stages.js';
import { isModelConfigured, readModelChoice, type ModelChoice } from '../../llm/model-choice.js';

/** Everything the self-heal action was told, read once, validated, frozen. */
export interface SelfHealSettings {
  pipeline: PipelineSettings;
  /** The failed run: the input, else the workflow_run event's run. */
  runId?: number;
  logs: string[];
  testReports: string[];
  githubToken?: string;
  anthropicApiKey?: string;
  modelChoice: ModelChoice;
  model: string;
  /** The workflow_run event's conclusion, when the event is one. */
  eventConclusion?: string;
}

function fixersOf(list: string[]): 'auto' | string[] {
  if (list.length === 0 || (list.length === 1 && list[0] === 'auto')) return 'auto';
  const fixers = list.filter((f) => f !== 'none');
  const unknown = fixers.filter((f) => !FIXER_IDS.includes(f));
  if (unknown.length > 0)
    throw new ConfigError(
      `Input fixers got ${JSON.stringify(unknown.join(', '))}; accepted: auto, none, or a list of ${FIXER_IDS.join(', ')}`,
    );
  return fixers;
}

function runIdOf(io: ActionIO): number | undefined {
  const given = io.inputs.optional('run-id');
  if (given !== undefined) {
    if (!/^\d+$/.test(given))
      throw new ConfigError(
        `Input run-id got ${JSON.stringify(given)}; accepted: a workflow run id (digits)`,
      );
    return Number(given);
  }
  const run = io.context.payload.workflow_run as { id?: unknown } | undefined;
  return typeof run?.id === 'number' ? run.id : undefined;
}

function policiesOf(io: ActionIO): string | undefined {
  const given = io.inputs.optional('policies');
  return given ? path.resolve(io.context.workspace, given) : undefined;
}

export function readSettings(io: ActionIO): Readonly<SelfHealSettings> {
  const inputs = io.inputs;
  const runId = runIdOf(io);
  const logs = inputs.lines('logs');
  if (runId === undefined && logs.length === 0)
    throw new ConfigError(
      'Input required and not supplied: run-id (or logs, or run on a workflow_run event)',
    );
  const branchPrefix = inputs.optional('branch-prefix', DEFAULT_HEAL_SETTINGS.branchPrefix)!;
  if (!/^[A-Za-z0-9._/-]+\/$/.test(branchPrefix))
    throw new ConfigError(
      `Input branch-prefix got ${JSON.stringify(branchPrefix)}; accepted: a branch path ending in / such as kintsugi/fix/`,
    );
  const approveBelow = inputs.int('approve-below', 30, { min: 0, max: 101 });
  const deployBelow = inputs.int('deploy-below', 40, { min: 0, max: 101 });
  if (deployBelow < approveBelow)
    throw new ConfigError(
      `Input deploy-below got ${deployBelow}; accepted: a score not below approve-below (${approveBelow})`,
    );
  const anthropicApiKey = inputs.optional('anthropic-api-key');
  const modelChoice = readModelChoice(inputs, io.env);
  const event = io.context.payload.workflow_run as { conclusion?: unknown } | undefined;
  return Object.freeze({
    pipeline: {
      heal: {
        ...DEFAULT_HEAL_SETTINGS,
        fixers: fixersOf(inputs.list('fixers')),
        llm: isModelConfigured(modelChoice),
        maxAttempts: inputs.int('max-attempts', 3, { min: 1, max: 10 }),
        validate: inputs.lines('validate'),
        openPr: inputs.bool('open-pr', true),
        branchPrefix,
        failedBranch: failedBranchOf(io.env, io.context.payload),
        labels: inputs.list('labels'),
      },
      testCommand: inputs.optional('test-command'),
      reruns: inputs.int('reruns', 3, { min: 1, max: 20 }),
      testTimeoutMs: inputs.int('test-timeout-minutes', 15, { min: 1, max: 360 }) * 60_000,
      approveBelow,
      deployBelow,
      policies: policiesOf(io),
    },
    runId,
    logs,
    testReports: inputs.lines('test-reports'),
    githubToken: inputs.optional('github-token') ?? io.env.GITHUB_TOKEN,
    anthropicApiKey,
    modelChoice,
    model: inputs.optional('model', 'claude-sonnet-5-5')!,
    eventConclusion: typeof event?.conclusion === 'string' ? event.conclusion : undefined,
  });
}
