import { ModelRequestError, ModelUnavailableError } from './errors.js';

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const defaultSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Exponential backoff with "equal jitter": half the exponential delay fixed, half random, so
 * many runners retrying together spread out. A Retry-After from the provider wins when longer.
 */
export function backoffDelayMs(
  attempt: number,
  policy: RetryPolicy,
  retryAfterMs?: number,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  const jittered = exponential / 2 + (policy.random() * exponential) / 2;
  return Math.min(policy.maxDelayMs, Math.max(jittered, retryAfterMs ?? 0));
}

/**
 * After `failureThreshold` consecutive failed attempts the breaker opens: calls fail at once
 * with ModelUnavailableError for `coolDownMs`, then one trial call is let through (half-open);
 * its success closes the breaker, its failure opens it again.
 */
export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openUntil = 0;

  constructor(
    readonly failureThreshold = 5,
    readonly coolDownMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws ModelUnavailableError while open. */
  check(): void {
    if (this.openUntil > this.now()) throw new ModelUnavailableError(this.openUntil);
  }

  recordSuccess(): void {
    this.consecutiveFailures = 0;
    this.openUntil = 0;
  }

  recordFailure(): void {
    this.consecutiveFailures++;
    if (this.consecutiveFailures >= this.failureThreshold) {
      this.openUntil = this.now() + this.coolDownMs;
      this.consecutiveFailures = this.failureThreshold - 1; // half-open: one more failure reopens
    }
  }

  get isOpen(): boolean {
    return this.openUntil > this.now();
  }
}

/** Runs `attempt` with retries on retryable ModelRequestErrors, counting each failure in the breaker. */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  breaker: CircuitBreaker,
  onRetry?: (error: ModelRequestError, delayMs: number, attemptNumber: number) => void,
): Promise<T> {
  for (let attemptNumber = 0; ; attemptNumber++) {
    breaker.check();
    try {
      const result = await attempt();
      breaker.recordSuccess();
      return result;
    } catch (error) {
      const retryable = error instanceof ModelRequestError && error.retryable;
      if (error instanceof ModelRequestError) breaker.recordFailure();
      if (!retryable || attemptNumber >= policy.maxRetries) throw error;
      const delay = backoffDelayMs(attemptNumber, policy, error.retryAfterMs);
      onRetry?.(error, delay, attemptNumber + 1);
      await policy.sleep(delay);
    }
  }
}
