import { describe, expect, it } from 'vitest';
import {
  ModelRequestError,
  ModelUnavailableError,
  isRetryableStatus,
  parseRetryAfter,
} from './errors.js';
import { CircuitBreaker, backoffDelayMs, withRetries, type RetryPolicy } from './retry.js';

const policy = (extra: Partial<RetryPolicy> = {}): RetryPolicy => ({
  maxRetries: 3,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  sleep: async () => {},
  random: () => 0.5,
  ...extra,
});

describe('backoff', () => {
  it('doubles per attempt with jitter between half and the full delay, capped', () => {
    expect(backoffDelayMs(0, policy({ random: () => 0 }))).toBe(50);
    expect(backoffDelayMs(0, policy({ random: () => 1 }))).toBe(100);
    expect(backoffDelayMs(2, policy({ random: () => 1 }))).toBe(400);
    expect(backoffDelayMs(10, policy({ random: () => 1 }))).toBe(1_000);
  });

  it('waits at least what Retry-After asks, within the cap', () => {
    expect(backoffDelayMs(0, policy(), 700)).toBe(700);
    expect(backoffDelayMs(0, policy(), 5_000)).toBe(1_000);
  });

  it('reads Retry-After as seconds, as a date, and retry-after-ms', () => {
    const h = (values: Record<string, string>) => (name: string) => values[name];
    expect(parseRetryAfter(h({ 'retry-after': '3' }))).toBe(3_000);
    expect(parseRetryAfter(h({ 'retry-after-ms': '250', 'retry-after': '3' }))).toBe(250);
    expect(
      parseRetryAfter(
        h({ 'retry-after': 'Sun, 22 Nov 2026 03:00:10 GMT' }),
        Date.parse('2026-11-22T03:00:00Z'),
      ),
    ).toBe(10_000);
    expect(parseRetryAfter(h({}))).toBeUndefined();
  });

  it('retries 408/409/429/5xx/529 and network errors, not other 4xx', () => {
    for (const s of [undefined, 408, 409, 429, 500, 502, 503, 529])
      expect(isRetryableStatus(s)).toBe(true);
    for (const s of [400, 401, 403, 404, 413, 422]) expect(isRetryableStatus(s)).toBe(false);
  });
});

describe('withRetries and the circuit breaker', () => {
  it('retries retryable failures up to maxRetries, then throws the last error', async () => {
    let calls = 0;
    const slept: number[] = [];
    const failing = () => {
      calls++;
      return Promise.reject(new ModelRequestError('overloaded', 529, true));
    };
    await expect(
      withRetries(
        failing,
        policy({ sleep: async (ms) => void slept.push(ms) }),
        new CircuitBreaker(100),
      ),
    ).rejects.toThrow('overloaded');
    expect(calls).toBe(4);
    expect(slept).toEqual([75, 150, 300]);
  });

  it('opens after N consecutive failures, fails fast during the cool-down, lets one trial through after', async () => {
    let now = 0;
    const breaker = new CircuitBreaker(2, 1_000, () => now);
    let calls = 0;
    const fail = () => {
      calls++;
      return Promise.reject(new ModelRequestError('down', 503, true));
    };
    await expect(withRetries(fail, policy({ maxRetries: 5 }), breaker)).rejects.toBeInstanceOf(
      ModelUnavailableError,
    );
    expect(calls).toBe(2);
    await expect(withRetries(() => Promise.resolve('x'), policy(), breaker)).rejects.toBeInstanceOf(
      ModelUnavailableError,
    );
    now = 1_001;
    await expect(withRetries(fail, policy({ maxRetries: 0 }), breaker)).rejects.toBeInstanceOf(
      ModelRequestError,
    );
    expect(breaker.isOpen).toBe(true); // the trial failed: open again at once
    now = 2_100;
    await expect(withRetries(() => Promise.resolve('ok'), policy(), breaker)).resolves.toBe('ok');
    expect(breaker.isOpen).toBe(false);
  });

  it('does not count non-request errors (a bug in our code) as provider failures', async () => {
    const breaker = new CircuitBreaker(1);
    await expect(
      withRetries(() => Promise.reject(new TypeError('bug')), policy(), breaker),
    ).rejects.toThrow(TypeError);
    expect(breaker.isOpen).toBe(false);
  });
});
