/**
 * A mistake in how the user configured Kintsugi (an input, a file they pointed us at).
 * Reported as a plain message, never with a stack trace: the user can fix it.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Thrown by an action whose domain is not built yet: it must fail, never pretend to succeed. */
export class NotImplementedError extends Error {
  override readonly name = 'NotImplementedError';
  constructor(what: string) {
    super(`${what} is not implemented yet in this version of Kintsugi`);
  }
}

/** Message for the user: config errors as they are, anything else (including non-Error throws) described. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return `non-error thrown: ${JSON.stringify(error)}`;
  } catch {
    return `non-error thrown: ${String(error)}`;
  }
}

export function isUserError(error: unknown): boolean {
  return error instanceof ConfigError;
}
