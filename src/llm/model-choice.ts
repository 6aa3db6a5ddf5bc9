// Reading which model to use loads nothing heavy: every action's settings import this, and the
// model client (zod, providers) loads only when a model is actually used (cold start, issue 2).
import { ConfigError } from '../platform/errors.js';
import type { Inputs } from '../platform/inputs.js';

export const DEFAULT_MODEL = 'claude-sonnet-5-5';
const PROVIDERS = ['anthropic', 'openai-compatible'] as const;

/** Which model an action talks to: Anthropic's API, or an OpenAI-compatible server on the user's runners. */
export interface ModelChoice {
  provider: (typeof PROVIDERS)[number];
  apiKey?: string;
  model: string;
  baseUrl?: string;
}

/**
 * The same four inputs on every action that can use a model: `model-provider`, `anthropic-api-key`
 * (the self-hosted server's key, if it wants one), `model` and `model-base-url`; the environment
 * (KINTSUGI_MODEL_PROVIDER, KINTSUGI_MODEL_BASE_URL, ANTHROPIC_BASE_URL, OPENAI_BASE_URL) fills gaps.
 */
export function readModelChoice(inputs: Inputs, env: NodeJS.ProcessEnv): ModelChoice {
  const fromEnv = env.KINTSUGI_MODEL_PROVIDER?.trim();
  const provider = inputs.oneOf(
    'model-provider',
    PROVIDERS,
    (PROVIDERS as readonly string[]).includes(fromEnv ?? '')
      ? (fromEnv as ModelChoice['provider'])
      : 'anthropic',
  );
  const baseUrl =
    inputs.optional('model-base-url') ??
    env.KINTSUGI_MODEL_BASE_URL ??
    (provider === 'anthropic' ? env.ANTHROPIC_BASE_URL : env.OPENAI_BASE_URL) ??
    undefined;
  if (baseUrl && !/^https?:\/\/\S+$/.test(baseUrl)) {
    throw new ConfigError(
      `Input model-base-url got ${JSON.stringify(baseUrl)}; accepted: an http(s) URL`,
    );
  }
  return {
    provider,
    apiKey: inputs.optional('anthropic-api-key'),
    model: inputs.optional('model', DEFAULT_MODEL)!,
    baseUrl,
  };
}

/** Anthropic needs a key; a self-hosted server needs its URL. */
export function isModelConfigured(choice: ModelChoice): boolean {
  return choice.provider === 'anthropic' ? Boolean(choice.apiKey) : Boolean(choice.baseUrl);
}

export const MODEL_NOT_CONFIGURED =
  'no model is configured; accepted: anthropic-api-key, or model-provider: openai-compatible with model-base-url';
