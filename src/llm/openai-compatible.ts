import { ModelRequestError, isRetryableStatus, parseRetryAfter } from './errors.js';
import type { ModelProvider, ProviderReply, ProviderRequest } from './provider.js';

export interface OpenAiCompatibleSettings {
  /** Optional: a self-hosted server on the user's runners often needs none. */
  apiKey?: string;
  /** e.g. http://127.0.0.1:8000 or http://127.0.0.1:8000/v1 (vLLM, llama.cpp, Ollama, LiteLLM). */
  baseUrl: string;
  timeoutMs: number;
}

/**
 * POST /v1/chat/completions with one function tool and tool_choice forcing it. Plain fetch: the
 * protocol is one request and one JSON reply, and self-hosted servers vary too much for a
 * vendor SDK to help. Servers that ignore tool_choice and answer with JSON in the message
 * content are accepted too (the JSON is still validated by client.ts).
 */
export function openAiCompatibleProvider(settings: OpenAiCompatibleSettings): ModelProvider {
  const url = chatCompletionsUrl(settings.baseUrl);
  return {
    name: 'openai-compatible',
    async send(request) {
      const body = {
        model: request.model,
        temperature: 0,
        max_tokens: request.maxReplyTokens,
        messages: [
          { role: 'system', content: request.system },
          { role: 'user', content: request.user },
        ],
        tools: [
          {
            type: 'function',
            function: {
              name: request.tool.name,
              description: request.tool.description,
              parameters: request.tool.inputSchema,
            },
          },
        ],
        tool_choice: { type: 'function', function: { name: request.tool.name } },
      };
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
          },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(settings.timeoutMs),
        });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ModelRequestError(
          `model endpoint ${url} unreachable: ${reason}`,
          undefined,
          true,
        );
      }
      const raw = await response.text().catch(() => '');
      if (!response.ok) {
        throw new ModelRequestError(
          `model endpoint ${url} answered ${response.status}: ${raw.slice(0, 300)}`,
          response.status,
          isRetryableStatus(response.status),
          parseRetryAfter((name) => response.headers.get(name)),
        );
      }
      return toReply(raw, request);
    },
  };
}

export function chatCompletionsUrl(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  return /\/v\d+$/.test(base) ? `${base}/chat/completions` : `${base}/v1/chat/completions`;
}

interface ChatCompletion {
  model?: string;
  choices?: {
    finish_reason?: string | null;
    message?: {
      content?: string | null;
      tool_calls?: { function?: { name?: string; arguments?: string } }[];
    };
  }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

function toReply(raw: string, request: ProviderRequest): ProviderReply {
  let completion: ChatCompletion;
  try {
    completion = JSON.parse(raw) as ChatCompletion;
  } catch {
    throw new ModelRequestError('model endpoint answered with non-JSON', 200, false);
  }
  const choice = completion.choices?.[0];
  const call = choice?.message?.tool_calls?.find((c) => c.function?.name === request.tool.name);
  const content = choice?.message?.content ?? '';
  const argumentsText = call?.function?.arguments ?? jsonInContent(content);
  return {
    toolInput: argumentsText === undefined ? undefined : parseJson(argumentsText),
    toolInputChars: argumentsText?.length ?? 0,
    text: content.slice(0, 500),
    tokensIn: completion.usage?.prompt_tokens ?? 0,
    tokensOut: completion.usage?.completion_tokens ?? 0,
    model: completion.model ?? request.model,
    stopReason: choice?.finish_reason ?? null,
  };
}

/** Arguments that are not JSON stay a string: the schema check then rejects them. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function jsonInContent(content: string): string | undefined {
  const fenced = /```(?:json)?\s*\n([\s\S]*?)\n```/.exec(content)?.[1];
  const candidate = (fenced ?? content).trim();
  return candidate.startsWith('{') ? candidate : undefined;
}
