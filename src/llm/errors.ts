/** The model's reply broke its contract (schema, size, no tool call): a failure, never trusted. */
export class ModelReplyError extends Error {
  override readonly name = 'ModelReplyError';
  constructor(
    message: string,
    /** What was wrong, for the report (never the raw reply: it is untrusted). */
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/** The provider could not be reached or kept failing; `retryable` says whether trying again may help. */
export class ModelRequestError extends Error {
  override readonly name = 'ModelRequestError';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly retryable: boolean,
    /** From a Retry-After header, when the provider sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** The circuit breaker is open: recent requests failed, so we fail fast until the cool-down ends. */
export class ModelUnavailableError extends Error {
  override readonly name = 'ModelUnavailableError';
  constructor(readonly retryAtMs: number) {
    super(
      `model provider unavailable: circuit open after repeated failures, retry after ${new Date(retryAtMs).toISOString()}`,
    );
  }
}

/** 408, 409, 429, 5xx and 529 (Anthropic "overloaded") are worth another try; other 4xx are not. */
export function isRetryableStatus(status: number | undefined): boolean {
  if (status === undefined) return true; // network error or timeout
  return status === 408 || status === 409 || status === 429 || status >= 500;
}

/** Retry-After as seconds or an HTTP date; `retry-after-ms` when the provider sends it. */
export function parseRetryAfter(
  header: (name: string) => string | null | undefined,
  now = Date.now(),
): number | undefined {
  const ms = header('retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = header('retry-after');
  if (!value) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(value.trim())) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
