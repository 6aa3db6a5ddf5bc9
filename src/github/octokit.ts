import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GitHub, getUserAgentWithOrchestrationId } from '@actions/github/lib/utils';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Logger } from '../platform/logger.js';
import { silentLogger } from '../platform/logger.js';
import { packageRoot } from '../platform/package-root.js';

/**
 * The one Octokit factory: REST methods and pagination (@actions/github), retries on transient
 * errors, and throttling that waits out primary and secondary rate limits a bounded number of
 * times, logging each wait through the injected logger.
 */

export const OctokitWithPlugins = GitHub.plugin(retry, throttling);
export type Octokit = InstanceType<typeof OctokitWithPlugins>;

export interface OctokitSettings {
  token: string;
  /** REST API root; GitHub Enterprise Server is `https://HOST/api/v3`. Default: GITHUB_API_URL, then api.github.com. */
  baseUrl?: string;
  userAgent?: string;
  logger?: Logger;
  /** How many times a request is retried after a rate limit or a transient failure (default 3). */
  retries?: number;
  /** The longest rate-limit wait worth sitting out, in seconds (default 300): a job that waits an hour for a reset burns an hour of runner time. */
  maxRateLimitWait?: number;
}

let version: string | undefined;
export function kintsugiVersion(): string {
  if (version) return version;
  try {
    const manifest = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as {
      version?: string;
    };
    version = manifest.version ?? '0.0.0';
  } catch {
    version = '0.0.0';
  }
  return version;
}

/** A limiter that never waits: Bottleneck's `key().schedule()` shape, enough for the throttling plugin. */
const unpaced = {
  key: () => ({
    schedule: (_o: unknown, fn: (...a: unknown[]) => unknown, ...args: unknown[]) => fn(...args),
  }),
};

function isLoopback(baseUrl: string): boolean {
  try {
    const host = new URL(baseUrl).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

/** What every client shares: base URL, user agent, logging, retry and throttling; no auth. */
export function clientOptions(settings: Omit<OctokitSettings, 'token'>) {
  const logger = settings.logger ?? silentLogger;
  const retries = settings.retries ?? 3;
  const baseUrl = (
    settings.baseUrl ||
    process.env.GITHUB_API_URL ||
    'https://api.github.com'
  ).replace(/\/+$/, '');
  // A server on loopback is a local test double: no client-side pacing of writes, and waits in
  // milliseconds instead of seconds, so suites stay fast while exercising the same code paths.
  const local = isLoopback(baseUrl);
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      options: { method?: string; url?: string },
      _octokit: unknown,
      retryCount: number,
    ) => {
      const what = `${options.method ?? ''} ${options.url ?? ''}`.trim();
      const maxWait = settings.maxRateLimitWait ?? 300;
      if (retryAfter > maxWait) {
        logger.warning(
          `GitHub ${kind} hit for ${what}; the reset is ${retryAfter}s away (more than ${maxWait}s), not waiting`,
        );
        return false;
      }
      if (retryCount < retries) {
        logger.warning(
          `GitHub ${kind} hit for ${what}; retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${retries})`,
        );
        return true;
      }
      logger.warning(`GitHub ${kind} hit for ${what}; giving up after ${retries} retries`);
      return false;
    };
  return {
    baseUrl,
    userAgent: getUserAgentWithOrchestrationId(
      settings.userAgent ?? `kintsugi/${kintsugiVersion()}`,
    ),
    log: {
      debug: (m: string) => logger.debug(m),
      info: (m: string) => logger.debug(m),
      warn: (m: string) => logger.warning(m),
      error: (m: string) => logger.error(m),
    },
    retry: { retries, retryAfterBaseValue: local ? 5 : 1000 },
    throttle: {
      onRateLimit: onLimit('rate limit'),
      onSecondaryRateLimit: onLimit('secondary rate limit'),
      retryAfterBaseValue: local ? 1 : 1000,
      fallbackSecondaryRateRetryAfter: local ? 1 : 60,
      // Not in the plugin's typed options, but read by it: its per-kind limiters.
      ...((local ? { write: unpaced, notifications: unpaced, search: unpaced } : {}) as object),
    },
  };
}

/** An authenticated client for a token (GITHUB_TOKEN, a PAT or an App installation token). */
export function createOctokit(settings: OctokitSettings): Octokit {
  if (!settings.token) throw new Error('createOctokit: a token is required');
  return new OctokitWithPlugins({ ...clientOptions(settings), auth: `token ${settings.token}` });
}

/** A GraphQL call through the same client (auth, base URL, throttling); GHES maps /api/v3 → /api/graphql. */
export async function graphql<T>(
  octokit: Octokit,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return octokit.graphql<T>(query, variables);
}
