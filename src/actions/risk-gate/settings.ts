import path from 'node:path';
import type { ActionIO } from '../../platform/action.js';
import { ConfigError } from '../../platform/errors.js';
import {
  isModelConfigured,
  MODEL_NOT_CONFIGURED,
  readModelChoice,
  type ModelChoice,
} from '../../llm/model-choice.js';

export interface RiskGateSettings {
  githubToken?: string;
  pr?: number;
  diffFile?: string;
  policies?: string;
  policiesSha256?: string;
  mode: 'enforce' | 'shadow';
  approveBelow: number;
  deployBelow: number;
  llmReview: boolean;
  anthropicApiKey?: string;
  modelChoice: ModelChoice;
  model: string;
  sarif?: string;
  comment: 'always' | 'on-failure' | 'never';
  labels: boolean;
  deployEnvironment?: string;
}

/** Every input, read and checked once; the result is frozen. */
export function readSettings(io: ActionIO): Readonly<RiskGateSettings> {
  const { inputs } = io;
  const payloadPr = (io.context.payload.pull_request as { number?: unknown } | undefined)?.number;
  const pr =
    inputs.raw('pr') !== undefined
      ? inputs.int('pr', 0, { min: 1 })
      : typeof payloadPr === 'number'
        ? payloadPr
        : undefined;
  const diffFile = inputs.optional('diff');
  if (pr === undefined && diffFile === undefined) {
    throw new ConfigError('Input required and not supplied: pr (or diff, or a pull_request event)');
  }
  const approveBelow = inputs.int('approve-below', 30, { min: 0, max: 101 });
  const deployBelow = inputs.int('deploy-below', 40, { min: 0, max: 101 });
  if (deployBelow < approveBelow) {
    throw new ConfigError(
      `Input deploy-below got ${deployBelow}; accepted: a whole number not below approve-below (${approveBelow})`,
    );
  }
  const policiesSha256 = inputs.optional('policies-sha256');
  if (policiesSha256 !== undefined && !/^(?:sha256:)?[0-9a-fA-F]{64}$/.test(policiesSha256)) {
    throw new ConfigError(
      `Input policies-sha256 got ${JSON.stringify(policiesSha256)}; accepted: 64 hex digits (kintsugi policy digest prints it)`,
    );
  }
  const llmReview = inputs.bool('llm-review', false);
  const anthropicApiKey = inputs.optional('anthropic-api-key') ?? io.env.ANTHROPIC_API_KEY;
  const modelChoice = { ...readModelChoice(inputs, io.env), apiKey: anthropicApiKey };
  if (llmReview && !isModelConfigured(modelChoice)) {
    throw new ConfigError(
      `Input llm-review is on but ${MODEL_NOT_CONFIGURED}; or turn llm-review off`,
    );
  }
  const workspacePath = (value: string | undefined) =>
    value === undefined ? undefined : path.resolve(io.context.workspace, value);
  return Object.freeze({
    githubToken: inputs.optional('github-token') ?? io.env.GITHUB_TOKEN,
    pr,
    diffFile: workspacePath(diffFile),
    policies: workspacePath(inputs.optional('policies')),
    policiesSha256,
    mode: inputs.oneOf('mode', ['enforce', 'shadow'] as const, 'enforce'),
    approveBelow,
    deployBelow,
    llmReview,
    anthropicApiKey,
    modelChoice,
    model: inputs.optional('model', 'claude-sonnet-5-5')!,
    sarif: workspacePath(inputs.optional('sarif')),
    comment: inputs.oneOf('comment', ['always', 'on-failure', 'never'] as const, 'always'),
    labels: inputs.bool('labels', true),
    deployEnvironment: inputs.optional('deploy-environment'),
  });
}
