/** The model client: budget, redaction and framing inside; replies validated, never trusted. */
export {
  createModelClient,
  prepareRequest,
  toolInputSchema,
  MAX_REPLY_CHARS,
  DEFAULT_MAX_REPLY_TOKENS,
  type ModelClient,
  type ModelClientSettings,
  type StructuredRequest,
  type StructuredReply,
  type UntrustedInput,
} from './client.js';
export {
  DEFAULT_BUDGET_TOKENS,
  BudgetExceededError,
  estimateTokens,
  estimateRequestTokens,
  assertWithinBudget,
  fitContext,
  type ContextPart,
  type FittedContext,
} from './budget.js';
export { ModelReplyError, ModelRequestError, ModelUnavailableError } from './errors.js';
export {
  stripHiddenText,
  frameUntrusted,
  findHiddenInstructions,
  UNTRUSTED_DATA_RULE,
  type UntrustedPart,
  type HiddenInstruction,
} from './framing.js';
export { estimateCostUsd } from './pricing.js';
export {
  readModelChoice,
  isModelConfigured,
  modelClientFor,
  MODEL_NOT_CONFIGURED,
  DEFAULT_MODEL,
  type ModelChoice,
} from './from-inputs.js';
