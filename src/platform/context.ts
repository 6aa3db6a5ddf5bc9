import { readFileSync } from 'node:fs';
import os from 'node:os';
import { ConfigError } from './errors.js';

/** The facts about the current run that the runner puts in the environment. */
export interface RunContext {
  repository?: { owner: string; repo: string };
  sha?: string;
  ref?: string;
  actor?: string;
  eventName?: string;
  payload: Record<string, unknown>;
  runId?: string;
  runAttempt?: string;
  workflow?: string;
  job?: string;
  workspace: string;
  tempDir: string;
  apiUrl: string;
  serverUrl: string;
  graphqlUrl: string;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return {
    repository: owner && repo ? { owner, repo } : undefined,
    sha: env.GITHUB_SHA,
    ref: env.GITHUB_REF,
    actor: env.GITHUB_ACTOR,
    eventName: env.GITHUB_EVENT_NAME,
    payload: readPayload(env.GITHUB_EVENT_PATH),
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    workflow: env.GITHUB_WORKFLOW,
    job: env.GITHUB_JOB,
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: env.RUNNER_TEMP ?? os.tmpdir(),
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
    graphqlUrl: env.GITHUB_GRAPHQL_URL ?? 'https://api.github.com/graphql',
  };
}

function readPayload(file: string | undefined): Record<string, unknown> {
  if (!file) return {};
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  } catch (error) {
    throw new ConfigError(
      `GITHUB_EVENT_PATH ${file} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/** `owner/repo` as given by the user, validated. */
export function parseRepository(
  input: string,
  inputName = 'repository',
): { owner: string; repo: string } {
  const match = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(input.trim());
  if (!match)
    throw new ConfigError(`Input ${inputName} got ${JSON.stringify(input)}; accepted: owner/name`);
  return { owner: match[1]!, repo: match[2]! };
}

export function requireRepository(context: RunContext): { owner: string; repo: string } {
  if (!context.repository) {
    throw new ConfigError(
      'GITHUB_REPOSITORY is not set; run inside GitHub Actions or pass --repository owner/name',
    );
  }
  return context.repository;
}
