import type { ActionIO } from '../../platform/action.js';
import { ConfigError } from '../../platform/errors.js';
import { FIXER_IDS } from '../../patch/fixers/registry.js';
import { DEFAULT_HEAL_SETTINGS, type HealSettings } from '../../patch/heal-settings.js';
import { failedBranchOf } from '../../patch/loop-guard.js';
import { readModelChoice, type ModelChoice } from '../../llm/model-choice.js';

export const PATCH_MODES = ['fix', 'upgrade'] as const;
export type PatchMode = (typeof PATCH_MODES)[number];

/** Everything the patch action was told, read once, validated, frozen. */
export interface PatchActionSettings {
  mode: PatchMode;
  diagnosis: string;
  heal: HealSettings;
  anthropicApiKey?: string;
  model: string;
  modelChoice: ModelChoice;
  /** upgrade mode: to the latest releases, beyond the semver ranges. */
  latest: boolean;
  githubToken?: string;
  app?: { appId: string; privateKey: string };
}

export function readSettings(io: ActionIO): Readonly<PatchActionSettings> {
  const inputs = io.inputs;
  const mode = inputs.oneOf('mode', PATCH_MODES, 'fix');
  const fixersInput = inputs.list('fixers');
  const fixers =
    fixersInput.length === 0 || (fixersInput.length === 1 && fixersInput[0] === 'auto')
      ? 'auto'
      : fixersInput.filter((f) => f !== 'none');
  if (fixers !== 'auto') {
    const unknown = fixers.filter((f) => !FIXER_IDS.includes(f));
    if (unknown.length > 0) {
      throw new ConfigError(
        `Input fixers got ${JSON.stringify(unknown.join(', '))}; accepted: auto, none, or a list of ${FIXER_IDS.join(', ')}`,
      );
    }
  }
  const llm = inputs.bool('llm', false);
  const anthropicApiKey = inputs.optional('anthropic-api-key');
  const appId = inputs.optional('app-id');
  const privateKey = inputs.optional('private-key');
  if (Boolean(appId) !== Boolean(privateKey)) {
    throw new ConfigError(
      'Inputs app-id and private-key go together: give both to open the PR as the App, or neither',
    );
  }
  const givenPrefix = inputs.optional('branch-prefix', DEFAULT_HEAL_SETTINGS.branchPrefix)!;
  // The fix branches' default prefix would put upgrades among fixes: upgrades get their own.
  const branchPrefix =
    mode === 'upgrade' && givenPrefix === DEFAULT_HEAL_SETTINGS.branchPrefix
      ? 'kintsugi/upgrade/'
      : givenPrefix;
  if (!/^[A-Za-z0-9._/-]+\/$/.test(branchPrefix)) {
    throw new ConfigError(
      `Input branch-prefix got ${JSON.stringify(branchPrefix)}; accepted: a branch path ending in / such as kintsugi/fix/`,
    );
  }
  const heal: HealSettings = {
    ...DEFAULT_HEAL_SETTINGS,
    mode: 'fix',
    fixers,
    llm,
    maxAttempts: inputs.int('max-attempts', 3, { min: 1, max: 10 }),
    maxDiffLines: inputs.int('max-diff-lines', 200, { min: 1, max: 5000 }),
    allowedPaths: inputs.lines('allowed-paths'),
    deniedPaths: inputs.lines('denied-paths'),
    validate: inputs.lines('validate'),
    openPr: inputs.bool('open-pr', true),
    branchPrefix,
    base: inputs.optional('base'),
    failedBranch: failedBranchOf(io.env, io.context.payload),
    draft: inputs.bool('draft', false),
    labels: inputs.list('labels'),
    reviewers: inputs.list('reviewers'),
  };
  return Object.freeze({
    mode,
    diagnosis: mode === 'fix' ? inputs.required('diagnosis') : (inputs.optional('diagnosis') ?? ''),
    heal: Object.freeze(heal),
    anthropicApiKey,
    model: inputs.optional('model', 'claude-sonnet-5-5')!,
    modelChoice: readModelChoice(inputs, io.env),
    latest: inputs.bool('latest', false),
    githubToken: inputs.optional('github-token'),
    app: appId && privateKey ? { appId, privateKey } : undefined,
  });
}
