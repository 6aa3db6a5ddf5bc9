import type { ActionIO } from '../../platform/action.js';
import { ConfigError } from '../../platform/errors.js';
import type { FailOn } from '../../lean/compare.js';
import type { LeanProveSettings } from '../../lean/lean-prove.js';
import {
  isModelConfigured,
  MODEL_NOT_CONFIGURED,
  readModelChoice,
  type ModelChoice,
} from '../../llm/model-choice.js';

export interface LeanProveActionSettings extends LeanProveSettings {
  comment: boolean;
  /** llm-proofs: pr — open a draft PR with the proofs that check. */
  proofPullRequest: boolean;
  anthropicApiKey?: string;
  modelChoice: ModelChoice;
  model: string;
  githubToken?: string;
}

const FAIL_ON: readonly FailOn[] = ['error', 'sorry', 'new-sorry', 'never'];

/** Every input read and checked once, into a frozen object. */
export function readSettings(io: ActionIO): Readonly<LeanProveActionSettings> {
  const { inputs } = io;
  // action.yml (and the CLI from it) supplies the default 'lean'; an explicit empty value is a mistake.
  const project = inputs.required('project');
  if (project.split(/[\\/]/).includes('..')) {
    throw new ConfigError(
      `Input project got ${JSON.stringify(project)}; accepted: a directory inside the workspace`,
    );
  }
  const proofMode = inputs.oneOf('llm-proofs', ['off', 'on', 'pr'] as const, 'off');
  const llmProofs = proofMode !== 'off';
  const anthropicApiKey = inputs.optional('anthropic-api-key');
  const modelChoice = readModelChoice(inputs, io.env);
  if (llmProofs && !isModelConfigured(modelChoice)) {
    throw new ConfigError(`Input llm-proofs is on but ${MODEL_NOT_CONFIGURED}; or llm-proofs: off`);
  }
  return Object.freeze({
    project,
    workspace: io.context.workspace,
    targets: inputs.list('targets', { separator: /[\n,\s]+/ }),
    budgetPerFileMs: inputs.int('budget-per-file', 300, { min: 1, max: 6 * 3600 }) * 1000,
    maxHeartbeats: inputs.int('max-heartbeats', 0, { min: 0 }),
    cache: inputs.bool('cache', true),
    baseRef: inputs.optional('base-ref'),
    failOn: inputs.oneOf('fail-on', FAIL_ON, 'new-sorry'),
    llmProofs,
    proofPullRequest: proofMode === 'pr',
    maxCandidates: inputs.int('max-candidates', 4, { min: 1, max: 8 }),
    commit: io.context.sha,
    comment: inputs.bool('comment', false),
    anthropicApiKey,
    modelChoice,
    model: inputs.optional('model', 'claude-sonnet-5-5')!,
    githubToken: inputs.optional('github-token'),
  });
}
