import { ConfigError } from './errors.js';

/** Where raw input strings come from: INPUT_* variables on a runner, argv in the CLI, a map in tests. */
export type InputSource = (name: string) => string | undefined;

/** The runner's convention: `INPUT_<NAME>` with spaces as underscores, upper-cased; hyphens kept. */
export function envInputSource(env: NodeJS.ProcessEnv = process.env): InputSource {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

export function mapInputSource(values: Record<string, string | undefined>): InputSource {
  return (name) => values[name];
}

function show(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

/**
 * Typed readers over an InputSource. Each throws a ConfigError naming the input, the value and what
 * would be accepted. Empty strings count as "not given", as on the runner.
 */
export class Inputs {
  constructor(private readonly source: InputSource) {}

  raw(name: string): string | undefined {
    const value = this.source(name);
    if (value === undefined) return undefined;
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }

  required(name: string): string {
    const value = this.raw(name);
    if (value === undefined) throw new ConfigError(`Input required and not supplied: ${name}`);
    return value;
  }

  optional(name: string, fallback?: string): string | undefined {
    return this.raw(name) ?? fallback;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const lower = value.toLowerCase();
    if (['true', 'yes', 'on', '1'].includes(lower)) return true;
    if (['false', 'no', 'off', '0'].includes(lower)) return false;
    throw new ConfigError(
      `Input ${name} got ${show(value)}; accepted: true or false (also on/off, yes/no)`,
    );
  }

  int(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const accepted = describeRange(range);
    if (!/^-?\d+$/.test(value))
      throw new ConfigError(
        `Input ${name} got ${show(value)}; accepted: a whole number${accepted}`,
      );
    const n = Number(value);
    if ((range.min !== undefined && n < range.min) || (range.max !== undefined && n > range.max)) {
      throw new ConfigError(
        `Input ${name} got ${show(value)}; accepted: a whole number${accepted}`,
      );
    }
    return n;
  }

  /** One of a fixed set of words, case-insensitive. */
  oneOf<T extends string>(name: string, choices: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const match = choices.find((c) => c.toLowerCase() === value.toLowerCase());
    if (!match)
      throw new ConfigError(`Input ${name} got ${show(value)}; accepted: ${choices.join(' | ')}`);
    return match;
  }

  /** Newline- or comma-separated list; blank entries and `#` comments dropped. */
  list(name: string, options: { separator?: RegExp } = {}): string[] {
    const value = this.raw(name);
    if (value === undefined) return [];
    return value
      .split(options.separator ?? /[\n,]/)
      .map((item) => item.trim())
      .filter((item) => item !== '' && !item.startsWith('#'));
  }

  /** Newline-separated list (commas kept, for commands and globs with braces). */
  lines(name: string): string[] {
    return this.list(name, { separator: /\n/ });
  }

  /** A duration such as `90`, `90s`, `5m`, `1h30m`, `250ms`; returned in milliseconds. */
  duration(name: string, fallbackMs: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallbackMs;
    const ms = parseDuration(value);
    if (ms === undefined) {
      throw new ConfigError(
        `Input ${name} got ${show(value)}; accepted: a duration such as 90, 90s, 5m, 1h30m or 250ms`,
      );
    }
    return ms;
  }

  /** A count (`5`) or a percentage (`10%`). */
  countOrPercent(name: string, fallback: CountOrPercent): CountOrPercent {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(value);
    if (pct) {
      const percent = Number(pct[1]);
      if (percent <= 100) return { kind: 'percent', value: percent };
    } else if (/^\d+$/.test(value)) {
      return { kind: 'count', value: Number(value) };
    }
    throw new ConfigError(
      `Input ${name} got ${show(value)}; accepted: a count such as 5 or a percentage such as 10%`,
    );
  }

  /** A JSON value given as a string. */
  json<T = unknown>(name: string): T | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    try {
      return JSON.parse(value) as T;
    } catch (error) {
      throw new ConfigError(
        `Input ${name} got ${show(value)}; accepted: valid JSON (${(error as Error).message})`,
      );
    }
  }
}

export type CountOrPercent = { kind: 'count' | 'percent'; value: number };

export function exceeds(limit: CountOrPercent, failed: number, total: number): boolean {
  if (limit.kind === 'count') return failed > limit.value;
  return total > 0 && (failed / total) * 100 > limit.value;
}

function describeRange(range: { min?: number; max?: number }): string {
  if (range.min !== undefined && range.max !== undefined)
    return ` from ${range.min} to ${range.max}`;
  if (range.min !== undefined) return ` of at least ${range.min}`;
  if (range.max !== undefined) return ` of at most ${range.max}`;
  return '';
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export function parseDuration(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const parts = value.match(/(\d+(?:\.\d+)?)(ms|s|m|h)/g);
  if (!parts || parts.join('') !== value.replace(/\s+/g, '')) return undefined;
  let total = 0;
  for (const part of parts) {
    const [, n, unit] = /(\d+(?:\.\d+)?)(ms|s|m|h)/.exec(part)!;
    total += Number(n) * UNIT_MS[unit!]!;
  }
  return Math.round(total);
}
