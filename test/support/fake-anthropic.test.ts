import { afterEach, describe, expect, it } from 'vitest';
import {
  errorReply,
  startFakeAnthropic,
  textReply,
  toolReply,
  type FakeAnthropic,
} from './fake-anthropic.js';

let fake: FakeAnthropic | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const post = (path: string, body: unknown) =>
  fetch(`${fake!.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('startFakeAnthropic', () => {
  it('answers in order, forcing the requested tool name, and records each body', async () => {
    fake = await startFakeAnthropic({ replies: [toolReply({ a: 1 }), textReply('hello')] });
    const first = await (
      await post('/v1/messages', { model: 'm', tool_choice: { type: 'tool', name: 'report' } })
    ).json();
    expect(first).toMatchObject({
      type: 'message',
      stop_reason: 'tool_use',
      content: [{ type: 'tool_use', name: 'report', input: { a: 1 } }],
    });
    const second = (await (await post('/v1/messages', { model: 'm' })).json()) as {
      content: unknown;
    };
    expect(second.content).toEqual([{ type: 'text', text: 'hello' }]);
    expect(fake.requests.map((r) => r.body?.model)).toEqual(['m', 'm']);
    fake.assertAllRepliesUsed();
  });

  it('streams SSE events in the Messages API order with input_json_delta fragments', async () => {
    fake = await startFakeAnthropic({ replies: [toolReply({ rootCause: 'a long enough value' })] });
    const text = await (
      await post('/v1/messages', { model: 'm', stream: true, tools: [{ name: 't' }] })
    ).text();
    const events = [...text.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(events[0]).toBe('message_start');
    expect(events.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
    const partial = [...text.matchAll(/"partial_json":("(?:[^"\\]|\\.)*")/g)].map(
      (m) => JSON.parse(m[1]!) as string,
    );
    expect(partial.length).toBeGreaterThan(1);
    expect(JSON.parse(partial.join(''))).toEqual({ rootCause: 'a long enough value' });
  });

  it('sends scripted HTTP errors with headers, and answers chat completions in OpenAI form', async () => {
    fake = await startFakeAnthropic({
      replies: [errorReply(529, { headers: { 'retry-after': '2' } }), toolReply({ x: true })],
    });
    const overloaded = await post('/v1/messages', {});
    expect(overloaded.status).toBe(529);
    expect(overloaded.headers.get('retry-after')).toBe('2');
    expect(await overloaded.json()).toMatchObject({
      type: 'error',
      error: { type: 'overloaded_error' },
    });
    const completion = (await (
      await post('/v1/chat/completions', {
        model: 'local',
        tools: [{ type: 'function', function: { name: 'f' } }],
      })
    ).json()) as { choices: { message: { tool_calls: { function: unknown }[] } }[] };
    expect(completion.choices[0]!.message.tool_calls[0]!.function).toEqual({
      name: 'f',
      arguments: '{"x":true}',
    });
    expect(fake.requests.map((r) => r.api)).toEqual(['anthropic', 'openai']);
  });

  it('fails assertAllRepliesUsed on an unused reply and on a request with no reply left', async () => {
    fake = await startFakeAnthropic({ replies: [textReply('never asked')] });
    expect(() => fake!.assertAllRepliesUsed()).toThrow(/1 scripted reply\(ies\) never used/);
    await post('/v1/messages', {});
    const extra = await post('/v1/messages', {});
    expect(extra.status).toBe(400);
    expect(() => fake!.assertAllRepliesUsed()).toThrow(/arrived with no scripted reply/);
  });
});
