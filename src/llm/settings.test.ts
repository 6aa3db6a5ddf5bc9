import { describe, expect, it } from 'vitest';
import { ConfigError } from '../platform/errors.js';
import { resolveModelSettings } from './settings.js';

describe('resolveModelSettings', () => {
  it('is undefined without a key (anthropic) or a server URL (openai-compatible): run without a model', () => {
    expect(resolveModelSettings({ model: 'claude-sonnet-4-6' })).toBeUndefined();
    expect(resolveModelSettings({ provider: 'openai-compatible', model: 'qwen' })).toBeUndefined();
  });

  it('fills the base URL from the environment for each provider', () => {
    expect(
      resolveModelSettings(
        { apiKey: 'k', model: 'm' },
        { ANTHROPIC_BASE_URL: 'http://127.0.0.1:9' },
      ),
    ).toEqual({
      provider: 'anthropic',
      apiKey: 'k',
      model: 'm',
      baseUrl: 'http://127.0.0.1:9',
    });
    expect(
      resolveModelSettings(
        { model: 'qwen' },
        { KINTSUGI_MODEL_PROVIDER: 'openai-compatible', OPENAI_BASE_URL: 'http://gpu:8000/v1' },
      ),
    ).toMatchObject({
      provider: 'openai-compatible',
      baseUrl: 'http://gpu:8000/v1',
      apiKey: undefined,
    });
  });

  it('names the input and what is accepted on bad values', () => {
    expect(() => resolveModelSettings({ provider: 'bard', apiKey: 'k', model: 'm' })).toThrow(
      new ConfigError(
        'model-provider: "bard" is not accepted; use one of anthropic, openai-compatible',
      ),
    );
    expect(() => resolveModelSettings({ apiKey: 'k', model: 'm', baseUrl: 'ftp://x' })).toThrow(
      /model-base-url/,
    );
    expect(() => resolveModelSettings({ apiKey: 'k' })).toThrow(/model: a model name is required/);
  });
});
