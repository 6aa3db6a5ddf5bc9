import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local model server for tests: the Anthropic Messages API (POST /v1/messages, plain JSON or
 * `stream: true` SSE) and the OpenAI-compatible chat completions API (POST /v1/chat/completions),
 * answering from a script of replies, recording every request body. The real SDK points at it.
 */

export type ScriptedReply =
  | {
      kind: 'tool';
      input: unknown;
      /** Tool name; default the one the request forces. */
      name?: string;
      /** OpenAI mode: send these arguments verbatim (e.g. broken JSON). */
      rawArguments?: string;
      usage?: { input_tokens: number; output_tokens: number };
      delayMs?: number;
    }
  | {
      kind: 'text';
      text: string;
      usage?: { input_tokens: number; output_tokens: number };
      delayMs?: number;
    }
  | {
      kind: 'error';
      status: number;
      message?: string;
      headers?: Record<string, string>;
      delayMs?: number;
    }
  /** Drop the connection without answering: a network error for the client. */
  | { kind: 'disconnect' }
  /** Streaming only: start the message, then send an SSE `error` event (e.g. overloaded_error). */
  | { kind: 'stream-error'; errorType?: string; message?: string };

export const toolReply = (
  input: unknown,
  extra: Partial<Extract<ScriptedReply, { kind: 'tool' }>> = {},
): ScriptedReply => ({
  kind: 'tool',
  input,
  ...extra,
});
export const textReply = (text: string): ScriptedReply => ({ kind: 'text', text });
export const errorReply = (
  status: number,
  extra: { message?: string; headers?: Record<string, string> } = {},
): ScriptedReply => ({
  kind: 'error',
  status,
  ...extra,
});

export interface RecordedRequest {
  api: 'anthropic' | 'openai';
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body exactly as received. */
  raw: string;
  /** Parsed JSON body (undefined if it was not JSON). */
  body: Record<string, unknown> | undefined;
}

export interface FakeAnthropic {
  /** Base URL: `http://127.0.0.1:<port>` (Anthropic SDK baseURL / openai-compatible baseUrl). */
  url: string;
  requests: RecordedRequest[];
  /** Requests that arrived when no reply was left (answered 400, so clients fail fast). */
  unexpected: RecordedRequest[];
  enqueue(...replies: ScriptedReply[]): void;
  remainingReplies(): number;
  /** Throws if a scripted reply was never used or a request came with no reply left. */
  assertAllRepliesUsed(): void;
  close(): Promise<void>;
}

export async function startFakeAnthropic(
  options: { replies?: ScriptedReply[]; model?: string } = {},
): Promise<FakeAnthropic> {
  const queue: ScriptedReply[] = [...(options.replies ?? [])];
  const requests: RecordedRequest[] = [];
  const unexpected: RecordedRequest[] = [];
  let counter = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ type: 'error', error: { type: 'api_error', message: String(error) } }),
      );
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req);
    const path = (req.url ?? '').split('?')[0] ?? '';
    const api = path.endsWith('/chat/completions')
      ? 'openai'
      : path.endsWith('/v1/messages')
        ? 'anthropic'
        : undefined;
    let body: Record<string, unknown> | undefined;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      body = undefined;
    }
    const recorded: RecordedRequest = {
      api: api ?? 'anthropic',
      method: req.method ?? '',
      path,
      headers: req.headers,
      raw,
      body,
    };
    if (!api || req.method !== 'POST') {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          type: 'error',
          error: { type: 'not_found_error', message: `no route ${req.method} ${path}` },
        }),
      );
      unexpected.push(recorded);
      return;
    }
    requests.push(recorded);
    const reply = queue.shift();
    if (!reply) {
      unexpected.push(recorded);
      sendError(res, api, 400, 'fake-anthropic: no scripted reply left for this request');
      return;
    }
    if (reply.kind === 'disconnect') {
      req.socket.destroy();
      return;
    }
    if (reply.kind === 'stream-error') {
      streamError(res, reply, String(body?.model ?? options.model ?? 'claude-fake'));
      return;
    }
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (reply.kind === 'error') {
      sendError(res, api, reply.status, reply.message, reply.headers);
      return;
    }
    counter++;
    const toolName = reply.kind === 'tool' ? (reply.name ?? forcedToolName(body)) : '';
    const usage = reply.usage ?? {
      input_tokens: Math.ceil(raw.length / 4),
      output_tokens: Math.ceil(
        JSON.stringify(reply.kind === 'tool' ? reply.input : reply.text).length / 4,
      ),
    };
    const model = String(body?.model ?? options.model ?? 'claude-fake');
    if (api === 'openai') {
      sendJson(res, 200, openAiCompletion(reply, toolName, model, usage, counter));
    } else if (body?.stream === true) {
      streamMessage(res, reply, toolName, model, usage, counter);
    } else {
      sendJson(res, 200, anthropicMessage(reply, toolName, model, usage, counter));
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    unexpected,
    enqueue: (...replies) => void queue.push(...replies),
    remainingReplies: () => queue.length,
    assertAllRepliesUsed() {
      if (queue.length > 0)
        throw new Error(
          `fake-anthropic: ${queue.length} scripted reply(ies) never used: ${queue.map((r) => r.kind).join(', ')}`,
        );
      if (unexpected.length > 0)
        throw new Error(
          `fake-anthropic: ${unexpected.length} request(s) arrived with no scripted reply: ${unexpected.map((r) => r.path).join(', ')}`,
        );
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function forcedToolName(body: Record<string, unknown> | undefined): string {
  const choice = body?.tool_choice as { name?: string; function?: { name?: string } } | undefined;
  const tools = body?.tools as { name?: string; function?: { name?: string } }[] | undefined;
  return (
    choice?.name ??
    choice?.function?.name ??
    tools?.[0]?.name ??
    tools?.[0]?.function?.name ??
    'tool'
  );
}

type Usage = { input_tokens: number; output_tokens: number };
type ContentReply = Extract<ScriptedReply, { kind: 'tool' | 'text' }>;

function contentBlock(reply: ContentReply, toolName: string, n: number) {
  return reply.kind === 'tool'
    ? { type: 'tool_use', id: `toolu_fake_${n}`, name: toolName, input: reply.input }
    : { type: 'text', text: reply.text };
}

function anthropicMessage(
  reply: ContentReply,
  toolName: string,
  model: string,
  usage: Usage,
  n: number,
) {
  return {
    id: `msg_fake_${n}`,
    type: 'message',
    role: 'assistant',
    model,
    content: [contentBlock(reply, toolName, n)],
    stop_reason: reply.kind === 'tool' ? 'tool_use' : 'end_turn',
    stop_sequence: null,
    usage,
  };
}

/** The SSE sequence the real API sends; tool input arrives as input_json_delta fragments. */
function streamMessage(
  res: ServerResponse,
  reply: ContentReply,
  toolName: string,
  model: string,
  usage: Usage,
  n: number,
) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const send = (event: string, data: unknown) =>
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  const start = {
    ...anthropicMessage(
      reply,
      toolName,
      model,
      { input_tokens: usage.input_tokens, output_tokens: 1 },
      n,
    ),
    content: [],
    stop_reason: null,
  };
  send('message_start', { type: 'message_start', message: start });
  send('ping', { type: 'ping' });
  if (reply.kind === 'tool') {
    send('content_block_start', {
      type: 'content_block_start',
      index: 0,
      content_block: { type: 'tool_use', id: `toolu_fake_${n}`, name: toolName, input: {} },
    });
    for (const piece of chunks(JSON.stringify(reply.input), 7)) {
      send('content_block_delta', {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'input_json_delta', partial_json: piece },
      });
    }
  } else {
    send('content_block_start', {
      type: 'content_block_start',
      index: 0,
      content_block: { type: 'text', text: '' },
    });
    for (const piece of chunks(reply.text, 12)) {
      send('content_block_delta', {
        type: 'content_block_delta',
        index: 0,
        delta: { type: 'text_delta', text: piece },
      });
    }
  }
  send('content_block_stop', { type: 'content_block_stop', index: 0 });
  send('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: reply.kind === 'tool' ? 'tool_use' : 'end_turn', stop_sequence: null },
    usage: { output_tokens: usage.output_tokens },
  });
  send('message_stop', { type: 'message_stop' });
  res.end();
}

function streamError(
  res: ServerResponse,
  reply: Extract<ScriptedReply, { kind: 'stream-error' }>,
  model: string,
) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const send = (event: string, data: unknown) =>
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  send('message_start', {
    type: 'message_start',
    message: {
      id: 'msg_fake_err',
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 1, output_tokens: 1 },
    },
  });
  send('error', {
    type: 'error',
    error: { type: reply.errorType ?? 'overloaded_error', message: reply.message ?? 'Overloaded' },
  });
  res.end();
}

function openAiCompletion(
  reply: ContentReply,
  toolName: string,
  model: string,
  usage: Usage,
  n: number,
) {
  const message =
    reply.kind === 'tool'
      ? {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id: `call_fake_${n}`,
              type: 'function',
              function: {
                name: toolName,
                arguments: reply.rawArguments ?? JSON.stringify(reply.input),
              },
            },
          ],
        }
      : { role: 'assistant', content: reply.text };
  return {
    id: `chatcmpl-fake-${n}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message, finish_reason: reply.kind === 'tool' ? 'tool_calls' : 'stop' }],
    usage: {
      prompt_tokens: usage.input_tokens,
      completion_tokens: usage.output_tokens,
      total_tokens: usage.input_tokens + usage.output_tokens,
    },
  };
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  529: 'overloaded_error',
};

function sendError(
  res: ServerResponse,
  api: 'anthropic' | 'openai',
  status: number,
  message?: string,
  headers: Record<string, string> = {},
) {
  const type = ERROR_TYPES[status] ?? 'api_error';
  const text = message ?? type;
  const body =
    api === 'openai'
      ? { error: { message: text, type, code: status } }
      : { type: 'error', error: { type, message: text } };
  sendJson(res, status, body, headers);
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'request-id': 'req_fake',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function* chunks(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (chunk: Buffer) => parts.push(chunk));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}
