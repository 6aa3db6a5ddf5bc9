import { describe, expect, it } from 'vitest';
import { ConfigError } from '../platform/errors.js';
import { Inputs, mapInputSource } from '../platform/inputs.js';
import { DEFAULT_MODEL, isModelConfigured, readModelChoice } from './model-choice.js';

const read = (values: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
  readModelChoice(new Inputs(mapInputSource(values)), env);

describe('readModelChoice', () => {
  it('defaults to Anthropic with the default model, configured only with a key', () => {
    const none = read({});
    expect(none).toMatchObject({ provider: 'anthropic', model: DEFAULT_MODEL });
    expect(isModelConfigured(none)).toBe(false);
    expect(isModelConfigured(read({ 'anthropic-api-key': 'k' }))).toBe(true);
  });

  it('takes a self-hosted OpenAI-compatible server from the inputs or the environment', () => {
    const given = read({
      'model-provider': 'openai-compatible',
      'model-base-url': 'http://localhost:8000/v1',
      model: 'qwen',
    });
    expect(given).toMatchObject({
      provider: 'openai-compatible',
      baseUrl: 'http://localhost:8000/v1',
      model: 'qwen',
    });
    expect(isModelConfigured(given)).toBe(true);
    const fromEnv = read(
      {},
      { KINTSUGI_MODEL_PROVIDER: 'openai-compatible', OPENAI_BASE_URL: 'http://127.0.0.1:9000/v1' },
    );
    expect(fromEnv).toMatchObject({
      provider: 'openai-compatible',
      baseUrl: 'http://127.0.0.1:9000/v1',
    });
    expect(isModelConfigured(read({ 'model-provider': 'openai-compatible' }))).toBe(false);
  });

  it('names the input, the value and what is accepted for a bad provider or URL', () => {
    expect(() => read({ 'model-provider': 'bard' })).toThrow(ConfigError);
    expect(() => read({ 'model-provider': 'bard' })).toThrow(
      'Input model-provider got "bard"; accepted: anthropic | openai-compatible',
    );
    expect(() => read({ 'model-base-url': 'ftp://x' })).toThrow(
      'Input model-base-url got "ftp://x"; accepted: an http(s) URL',
    );
  });
});
