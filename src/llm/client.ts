import { createHash } from 'node:crypto';
import { z } from 'zod';
import { ConfigError } from '../platform/errors.js';
import { silentLogger, type Logger } from '../platform/logger.js';
import type { ModelUsage } from '../platform/report.js';
import { redactSecrets, type SecretFinding } from '../secrets/index.js';
import { anthropicProvider } from './anthropic.js';
import {
  DEFAULT_BUDGET_TOKENS,
  assertWithinBudget,
  estimateRequestTokens,
  estimateTokens,
  fitContext,
  type FittedContext,
} from './budget.js';
import { ModelReplyError } from './errors.js';
import {
  frameUntrusted,
  newNonce,
  systemWithUntrustedRule,
  type UntrustedPart,
} from './framing.js';
import { openAiCompatibleProvider } from './openai-compatible.js';
import { estimateCostUsd } from './pricing.js';
import type { ModelProvider, ProviderRequest } from './provider.js';
import { CircuitBreaker, defaultSleep, withRetries, type RetryPolicy } from './retry.js';

export interface ModelClientSettings {
  provider: 'anthropic' | 'openai-compatible';
  /** Required for anthropic; optional for a self-hosted openai-compatible server. */
  apiKey?: string;
  model: string;
  baseUrl?: string;
  /** Per HTTP attempt. Default 120 s. */
  timeoutMs?: number;
  /** Retries after the first attempt on 429/529/5xx/network errors. Default 4. */
  maxRetries?: number;
  logger?: Logger;
  /** Anthropic only: stream the reply over SSE. Default false. */
  stream?: boolean;
  /** Consecutive failed attempts before failing fast, and for how long. Default 5 and 60 s. */
  circuitBreaker?: { failureThreshold?: number; coolDownMs?: number };
  /** Backoff tuning; tests pass a sleep that records instead of waiting. */
  retry?: Partial<Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'sleep' | 'random'>>;
}

/** Untrusted input; with fitting on, the lowest `priority` is cut first (`keep` says which end stays). */
export interface UntrustedInput extends UntrustedPart {
  priority?: number;
  keep?: 'head' | 'tail';
}

export interface StructuredRequest<T> {
  system: string;
  prompt: string;
  untrusted?: UntrustedInput[];
  tool: { name: string; description: string; schema: z.ZodType<T> };
  /** Prompt + reply tokens this request may use at most. Default 16,000. */
  budgetTokens?: number;
  /** Reply tokens reserved (and passed as max_tokens). Default 2,048. */
  maxReplyTokens?: number;
  /** Cut untrusted parts to fit the budget (default true); false refuses an over-budget request. */
  fitToBudget?: boolean;
}

export interface StructuredReply<T> {
  value: T;
  usage: ModelUsage;
  /** sha256 of exactly what was sent (system, user message, tool): for the audit record. */
  promptHash: string;
  /** Secrets found and replaced before sending (previews only). */
  redactions: SecretFinding[];
  /** Untrusted parts cut or dropped to fit the budget. */
  cut: FittedContext['cut'];
  estimatedTokens: number;
}

export interface ModelClient {
  readonly provider: ModelClientSettings['provider'];
  readonly model: string;
  structured<T>(request: StructuredRequest<T>): Promise<StructuredReply<T>>;
}

/** Largest tool input we accept from a model: anything bigger is a broken or hostile reply. */
export const MAX_REPLY_CHARS = 64 * 1024;
export const DEFAULT_MAX_REPLY_TOKENS = 2_048;

export function createModelClient(settings: ModelClientSettings): ModelClient {
  const provider = makeProvider(settings);
  const logger = settings.logger ?? silentLogger;
  const breaker = new CircuitBreaker(
    settings.circuitBreaker?.failureThreshold,
    settings.circuitBreaker?.coolDownMs,
  );
  const policy: RetryPolicy = {
    maxRetries: settings.maxRetries ?? 4,
    baseDelayMs: settings.retry?.baseDelayMs ?? 1_000,
    maxDelayMs: settings.retry?.maxDelayMs ?? 60_000,
    sleep: settings.retry?.sleep ?? defaultSleep,
    random: settings.retry?.random ?? Math.random,
  };
  return {
    provider: settings.provider,
    model: settings.model,
    async structured<T>(request: StructuredRequest<T>): Promise<StructuredReply<T>> {
      const prepared = prepareRequest(request, settings.model);
      logger.debug(
        `model request: ~${prepared.estimatedTokens} tokens of ${prepared.budgetTokens}, ${prepared.redactions.length} secret(s) redacted, ${prepared.cut.length} part(s) cut`,
      );
      const reply = await withRetries(
        () => provider.send(prepared.request),
        policy,
        breaker,
        (error, delay, n) =>
          logger.warning(
            `model request failed (${error.message}); retry ${n} in ${Math.round(delay)} ms`,
          ),
      );
      const value = validateReply(reply.toolInput, reply.toolInputChars, request.tool, reply.text);
      const estimatedPrompt = prepared.estimatedTokens - prepared.request.maxReplyTokens;
      if (reply.tokensIn > estimatedPrompt) {
        logger.warning(
          `model counted ${reply.tokensIn} prompt tokens, our estimate was ${estimatedPrompt}: the budget check under-counted this request`,
        );
      }
      const tokensIn = reply.tokensIn || estimatedPrompt;
      const tokensOut = reply.tokensOut || estimateTokens(JSON.stringify(reply.toolInput ?? ''));
      return {
        value,
        usage: {
          model: reply.model || settings.model,
          promptHash: prepared.promptHash,
          tokensIn,
          tokensOut,
          estimatedCostUsd: estimateCostUsd(reply.model || settings.model, tokensIn, tokensOut),
        },
        promptHash: prepared.promptHash,
        redactions: prepared.redactions,
        cut: prepared.cut,
        estimatedTokens: prepared.estimatedTokens,
      };
    },
  };
}

function makeProvider(settings: ModelClientSettings): ModelProvider {
  const timeoutMs = settings.timeoutMs ?? 120_000;
  if (!settings.model) throw new ConfigError('model: a model name is required');
  if (settings.provider === 'anthropic') {
    if (!settings.apiKey)
      throw new ConfigError('anthropic-api-key: an API key is required for the anthropic provider');
    return anthropicProvider({
      apiKey: settings.apiKey,
      baseUrl: settings.baseUrl,
      timeoutMs,
      stream: settings.stream,
    });
  }
  if (settings.provider === 'openai-compatible') {
    if (!settings.baseUrl)
      throw new ConfigError(
        'base-url: the openai-compatible provider needs the server URL, e.g. http://127.0.0.1:8000/v1',
      );
    return openAiCompatibleProvider({
      apiKey: settings.apiKey,
      baseUrl: settings.baseUrl,
      timeoutMs,
    });
  }
  throw new ConfigError(
    `provider: "${String(settings.provider)}" is not one of anthropic, openai-compatible`,
  );
}

interface PreparedRequest {
  request: ProviderRequest;
  promptHash: string;
  estimatedTokens: number;
  budgetTokens: number;
  redactions: SecretFinding[];
  cut: FittedContext['cut'];
}

/**
 * Redact, frame, fit, check: everything that decides what leaves the machine happens here,
 * before any HTTP request, so a refused request never reaches the network.
 */
export function prepareRequest<T>(request: StructuredRequest<T>, model: string): PreparedRequest {
  const budgetTokens = request.budgetTokens ?? DEFAULT_BUDGET_TOKENS;
  const maxReplyTokens = request.maxReplyTokens ?? DEFAULT_MAX_REPLY_TOKENS;
  const nonce = newNonce();
  const redactions: SecretFinding[] = [];
  const redact = (text: string) => {
    const result = redactSecrets(text);
    redactions.push(...result.findings);
    return result.text;
  };
  const hasUntrusted = (request.untrusted?.length ?? 0) > 0;
  const system = redact(
    hasUntrusted ? systemWithUntrustedRule(request.system, nonce) : request.system,
  );
  const prompt = redact(request.prompt);
  const inputSchema = toolInputSchema(request.tool.schema);
  const tool = { name: request.tool.name, description: request.tool.description, inputSchema };
  const toolText = JSON.stringify(tool);
  const parts = (request.untrusted ?? []).map((part, index) => ({
    id: `${index}:${part.label}`,
    label: redact(part.label),
    text: redact(part.text),
    priority: part.priority ?? 0,
    keep: part.keep,
  }));
  const fixed = estimateRequestTokens({
    system,
    messages: [prompt],
    tools: [toolText],
    maxReplyTokens,
  });
  let cut: FittedContext['cut'] = [];
  let kept = parts;
  if (request.fitToBudget !== false && hasUntrusted) {
    // Each block's delimiters and label cost tokens too; count them with the fixed part.
    const framing = parts.reduce(
      (sum, p) => sum + estimateTokens(frameUntrusted({ label: p.label, text: '' }, nonce)) + 1,
      0,
    );
    const fitted = fitContext(parts, Math.max(0, budgetTokens - fixed - framing));
    cut = fitted.cut;
    kept = parts.flatMap((p) => {
      const f = fitted.parts.find((q) => q.id === p.id);
      return f ? [{ ...p, text: f.text }] : [];
    });
  }
  const user = [prompt, ...kept.map((p) => frameUntrusted(p, nonce))].join('\n\n');
  const estimatedTokens = estimateRequestTokens({
    system,
    messages: [user],
    tools: [toolText],
    maxReplyTokens,
  });
  assertWithinBudget(estimatedTokens, budgetTokens);
  const promptHash = createHash('sha256')
    .update(JSON.stringify({ system, user, tool }))
    .digest('hex');
  return {
    request: { model, system, user, tool, maxReplyTokens },
    promptHash,
    estimatedTokens,
    budgetTokens,
    redactions,
    cut,
  };
}

/** The tool's JSON schema from zod v4; both APIs want a plain object schema without `$schema`. */
export function toolInputSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  delete json.$schema;
  if (json.type !== 'object') {
    throw new ConfigError(`tool schema must describe an object, got ${String(json.type)}`);
  }
  return json;
}

function validateReply<T>(
  input: unknown,
  inputChars: number,
  tool: StructuredRequest<T>['tool'],
  text: string,
): T {
  if (input === undefined) {
    throw new ModelReplyError(`model did not call the tool ${tool.name}`, [
      `no tool call; text: ${JSON.stringify(text.slice(0, 200))}`,
    ]);
  }
  const size = Math.max(inputChars, JSON.stringify(input).length);
  if (size > MAX_REPLY_CHARS) {
    throw new ModelReplyError(
      `model reply too large: ${size} characters (limit ${MAX_REPLY_CHARS})`,
    );
  }
  const parsed = tool.schema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${i.path.join('.') || '(root)'}: ${i.message}`,
    );
    throw new ModelReplyError(
      `model reply does not match the ${tool.name} schema: ${problems.slice(0, 5).join('; ')}`,
      problems,
    );
  }
  return parsed.data;
}
