import { ConfigError } from '../platform/errors.js';
import type { ModelClientSettings } from './client.js';

/** What an action reads from its inputs; every field optional, environment fills the gaps. */
export interface ModelInputs {
  /** Input `model-provider`: anthropic (default) or openai-compatible. */
  provider?: string;
  /** Input `anthropic-api-key` (or the self-hosted server's key). */
  apiKey?: string;
  /** Input `model`. */
  model?: string;
  /** Input `model-base-url`. */
  baseUrl?: string;
}

const PROVIDERS = ['anthropic', 'openai-compatible'] as const;

/**
 * Settings for createModelClient from action inputs and the environment, or undefined when no
 * model is configured (no API key for Anthropic, no URL for a self-hosted server): the action
 * then runs without a model. Environment: KINTSUGI_MODEL_PROVIDER, KINTSUGI_MODEL_BASE_URL,
 * ANTHROPIC_BASE_URL (anthropic), OPENAI_BASE_URL (openai-compatible).
 */
export function resolveModelSettings(
  inputs: ModelInputs,
  env: Record<string, string | undefined> = {},
  defaults: { model?: string } = {},
): ModelClientSettings | undefined {
  const provider = (inputs.provider || env.KINTSUGI_MODEL_PROVIDER || 'anthropic').trim();
  if (!(PROVIDERS as readonly string[]).includes(provider)) {
    throw new ConfigError(
      `model-provider: "${provider}" is not accepted; use one of ${PROVIDERS.join(', ')}`,
    );
  }
  const baseUrl =
    inputs.baseUrl ||
    env.KINTSUGI_MODEL_BASE_URL ||
    (provider === 'anthropic' ? env.ANTHROPIC_BASE_URL : env.OPENAI_BASE_URL) ||
    undefined;
  if (baseUrl && !/^https?:\/\/[^\s]+$/.test(baseUrl)) {
    throw new ConfigError(`model-base-url: "${baseUrl}" is not an http(s) URL`);
  }
  const model = inputs.model || defaults.model;
  if (provider === 'anthropic' && !inputs.apiKey) return undefined;
  if (provider === 'openai-compatible' && !baseUrl) return undefined;
  if (!model) throw new ConfigError('model: a model name is required when a model is configured');
  return {
    provider: provider as ModelClientSettings['provider'],
    apiKey: inputs.apiKey || undefined,
    model,
    baseUrl,
  };
}
