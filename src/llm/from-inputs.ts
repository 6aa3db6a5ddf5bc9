import type { Logger } from '../platform/logger.js';
import { createModelClient, type ModelClient } from './client.js';
import { isModelConfigured, type ModelChoice } from './model-choice.js';

export {
  DEFAULT_MODEL,
  isModelConfigured,
  MODEL_NOT_CONFIGURED,
  readModelChoice,
  type ModelChoice,
} from './model-choice.js';

export function modelClientFor(choice: ModelChoice, logger: Logger): ModelClient | undefined {
  if (!isModelConfigured(choice)) return undefined;
  return createModelClient({
    provider: choice.provider,
    apiKey: choice.apiKey,
    model: choice.model,
    baseUrl: choice.baseUrl,
    logger,
  });
}
