import { spawn } from 'node:child_process';

/** The one way repo-sync runs git: a repository directory, argv, optional stdin. */
export interface Git {
  readonly dir: string;
  /** Runs `git <args>`; throws a GitError unless the exit code is 0 or in `okCodes`. */
  run(args: string[], options?: GitRunOptions): Promise<GitResult>;
  /** Same, stdout as trimmed text. */
  text(args: string[], options?: GitRunOptions): Promise<string>;
  /** The same repository with extra environment (a private index file, an identity). */
  withEnv(env: Record<string, string>): Git;
}

export interface GitRunOptions {
  input?: string | Buffer;
  okCodes?: number[];
}

export interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

export class GitError extends Error {
  override readonly name = 'GitError';
}

export interface GitOptions {
  /** Extra environment (auth headers, identities); never logged. */
  env?: Record<string, string>;
  /** Strings scrubbed from every error message (tokens). */
  secrets?: string[];
}

/**
 * Git behind a narrow interface made by a factory: no shell, a fixed environment, and secrets
 * scrubbed from every message, so a token can never reach a log or a report through an error.
 */
export function createGit(dir: string, options: GitOptions = {}): Git {
  const env = {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    LC_ALL: 'C',
    ...options.env,
  };
  const scrub = (text: string) => redact(text, options.secrets ?? []);
  const run = (args: string[], runOptions: GitRunOptions = {}) =>
    new Promise<GitResult>((resolve, reject) => {
      const child = spawn('git', args, { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', (error) => reject(new GitError(scrub(`git ${args[0]}: ${error.message}`))));
      child.on('close', (code) => {
        const result = {
          code: code ?? -1,
          stdout: Buffer.concat(out),
          stderr: scrub(Buffer.concat(err).toString('utf8')),
        };
        if (result.code === 0 || runOptions.okCodes?.includes(result.code)) resolve(result);
        else
          reject(
            new GitError(
              scrub(
                `git ${args.slice(0, 2).join(' ')} failed (exit ${result.code}): ${result.stderr.trim()}`,
              ),
            ),
          );
      });
      child.stdin.on('error', () => {}); // a git that exits early closes stdin; its exit code says why
      child.stdin.end(runOptions.input ?? '');
    });
  return {
    dir,
    run,
    async text(args, runOptions) {
      return (await run(args, runOptions)).stdout.toString('utf8').trim();
    },
    withEnv: (extra) => createGit(dir, { ...options, env: { ...options.env, ...extra } }),
  };
}

export function redact(text: string, secrets: string[]): string {
  let result = text;
  for (const secret of secrets) if (secret.length >= 4) result = result.split(secret).join('***');
  return result;
}

/**
 * Environment that makes git send `Authorization` for one host without putting the token in a URL,
 * an argv or `.git/config` (the way actions/checkout does it, through config from the environment).
 */
export function authHeaderEnv(
  serverUrl: string,
  token: string | undefined,
): Record<string, string> {
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/$/, '')}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}
