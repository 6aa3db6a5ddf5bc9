import type Anthropic from '@anthropic-ai/sdk';
import { ModelRequestError, isRetryableStatus, parseRetryAfter } from './errors.js';
import type { ModelProvider, ProviderReply } from './provider.js';

export interface AnthropicSettings {
  apiKey: string;
  baseUrl?: string;
  timeoutMs: number;
  /** Stream the reply (SSE): long replies do not hit idle-connection timeouts on proxies. */
  stream?: boolean;
}

/**
 * The Messages API through the official SDK, with the SDK's own retries off (maxRetries 0) so
 * that client.ts's retry policy and circuit breaker see every failure. Temperature 0 and
 * tool_choice forcing the one tool: the reply is always structured.
 */
export function anthropicProvider(settings: AnthropicSettings): ModelProvider {
  // Loaded on first use: an action that never calls the model does not pay for the SDK at start.
  let loaded: Promise<{ sdk: Anthropic; module: typeof Anthropic }> | undefined;
  const load = () =>
    (loaded ??= import('@anthropic-ai/sdk').then(({ default: module }) => ({
      module,
      sdk: new module({
        apiKey: settings.apiKey,
        authToken: null, // never pick up ANTHROPIC_AUTH_TOKEN from the environment
        baseURL: settings.baseUrl ?? 'https://api.anthropic.com',
        timeout: settings.timeoutMs,
        maxRetries: 0,
        openTelemetry: false, // spans could carry prompt content; we keep our own audit record
      }),
    })));
  return {
    name: 'anthropic',
    async send(request) {
      const params = {
        model: request.model,
        max_tokens: request.maxReplyTokens,
        temperature: 0,
        system: request.system,
        messages: [{ role: 'user' as const, content: request.user }],
        tools: [
          {
            name: request.tool.name,
            description: request.tool.description,
            input_schema: request.tool.inputSchema as Anthropic.Tool.InputSchema,
          },
        ],
        tool_choice: { type: 'tool' as const, name: request.tool.name },
      };
      const { sdk, module } = await load();
      try {
        const message = settings.stream
          ? await sdk.messages.stream(params).finalMessage()
          : await sdk.messages.create(params);
        return toReply(message, request.tool.name);
      } catch (error) {
        throw toRequestError(error, module);
      }
    },
  };
}

function toReply(message: Anthropic.Message, toolName: string): ProviderReply {
  const toolUse = message.content.find(
    (block): block is Anthropic.ToolUseBlock =>
      block.type === 'tool_use' && block.name === toolName,
  );
  const text = message.content
    .filter((block): block is Anthropic.TextBlock => block.type === 'text')
    .map((block) => block.text)
    .join('\n')
    .slice(0, 500);
  return {
    toolInput: toolUse?.input,
    toolInputChars: toolUse ? JSON.stringify(toolUse.input ?? null).length : 0,
    text,
    tokensIn: message.usage.input_tokens,
    tokensOut: message.usage.output_tokens,
    model: message.model,
    stopReason: message.stop_reason,
  };
}

function toRequestError(
  error: unknown,
  Anthropic: typeof import('@anthropic-ai/sdk').default,
): Error {
  if (error instanceof Anthropic.APIConnectionError) {
    return new ModelRequestError(`Anthropic API unreachable: ${error.message}`, undefined, true);
  }
  if (error instanceof Anthropic.APIError) {
    const headers = error.headers;
    const status = error.status;
    return new ModelRequestError(
      `Anthropic API error ${status ?? ''}: ${error.message}`.trim(),
      status,
      isRetryableStatus(status),
      headers ? parseRetryAfter((name) => headers.get(name)) : undefined,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
