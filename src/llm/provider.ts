/**
 * What client.ts asks of a provider: send one already-redacted, already-framed request that
 * forces one tool call, and hand back the tool's input unparsed-by-us plus usage. Retries,
 * budget, redaction and validation live in client.ts so both providers get them the same way.
 */
export interface ProviderRequest {
  model: string;
  system: string;
  user: string;
  tool: { name: string; description: string; inputSchema: Record<string, unknown> };
  maxReplyTokens: number;
}

export interface ProviderReply {
  /** The forced tool call's input; undefined when the model answered without calling it. */
  toolInput: unknown;
  /** Size of the tool input as received (JSON text), for the size limit. */
  toolInputChars: number;
  /** Any plain text the model produced, cut to 500 characters, for error messages. */
  text: string;
  tokensIn: number;
  tokensOut: number;
  model: string;
  stopReason: string | null;
}

export interface ModelProvider {
  readonly name: 'anthropic' | 'openai-compatible';
  /** Throws ModelRequestError (retryable or not) for HTTP and network failures. */
  send(request: ProviderRequest): Promise<ProviderReply>;
}
