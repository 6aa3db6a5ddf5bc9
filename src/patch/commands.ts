import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';

/** How validation commands are cut off from the network. */
export type Isolation = 'bwrap' | 'unshare' | 'none';

export interface CommandResult {
  command: string;
  exitCode: number | null;
  /** stdout and stderr interleaved as they came, capped. */
  output: string;
  timedOut: boolean;
  /** The shell could not find the program (exit 127) or it could not be spawned. */
  notFound: boolean;
  durationMs: number;
  isolation: Isolation;
}

export interface RunOptions {
  cwd: string;
  timeoutMs: number;
  /** Cut the command off from the network when the machine allows it. */
  isolated?: boolean;
}

/** Runs the tools and validation commands: one narrow interface, made by a factory. */
export interface CommandRunner {
  /** What `isolated: true` gets on this machine. */
  readonly isolation: Isolation;
  /** A shell command line, as the user writes it in `validate`. */
  shell(command: string, options: RunOptions): Promise<CommandResult>;
  /** A program and its arguments, as fixers call tools. */
  exec(file: string, args: string[], options: RunOptions): Promise<CommandResult>;
  /** The program's path on this runner's PATH, or undefined. */
  which(name: string): Promise<string | undefined>;
}

const OUTPUT_CAP = 200_000;

/** Variable names never handed to the user's tools: tokens, secrets and the runner's own plumbing. */
const SCRUBBED =
  /TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|API_?KEY|ACCESS_?KEY|_KEY$|^KEY$|AUTH|COOKIE|SESSION|^GITHUB_|^ACTIONS_|^INPUT_|^RUNNER_|^ANTHROPIC_|^OPENAI_|^NPM_CONFIG__/i;

export function scrubEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) if (!SCRUBBED.test(name)) clean[name] = value;
  return clean;
}

let detected: Isolation | undefined;

/** bubblewrap when installed and working, else an unprivileged network namespace, else none. */
export function detectIsolation(): Isolation {
  if (detected) return detected;
  const works = (file: string, args: string[]) =>
    spawnSync(file, args, { stdio: 'ignore', timeout: 5000 }).status === 0;
  if (works('bwrap', ['--dev-bind', '/', '/', '--unshare-net', 'true'])) detected = 'bwrap';
  else if (works('unshare', ['-rn', 'true'])) detected = 'unshare';
  else detected = 'none';
  return detected;
}

function wrap(isolation: Isolation, file: string, args: string[]): [string, string[]] {
  if (isolation === 'bwrap')
    return ['bwrap', ['--dev-bind', '/', '/', '--unshare-net', '--die-with-parent', file, ...args]];
  if (isolation === 'unshare') return ['unshare', ['-rn', file, ...args]];
  return [file, args];
}

export function createCommandRunner(
  options: { env?: NodeJS.ProcessEnv; isolation?: Isolation } = {},
): CommandRunner {
  const env = scrubEnvironment(options.env ?? process.env);
  const isolation = options.isolation ?? detectIsolation();
  const run = (label: string, file: string, args: string[], run: RunOptions) => {
    const used = run.isolated ? isolation : 'none';
    const [program, argv] = wrap(used, file, args);
    return spawnCaptured(label, program, argv, { ...run, env }, used);
  };
  return {
    isolation,
    shell: (command, options) => run(command, 'sh', ['-c', command], options),
    exec: (file, args, options) => run([file, ...args].join(' '), file, args, options),
    async which(name) {
      for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
        const file = path.join(dir, name);
        if (
          await access(file, constants.X_OK).then(
            () => true,
            () => false,
          )
        )
          return file;
      }
      return undefined;
    },
  };
}

function spawnCaptured(
  command: string,
  file: string,
  args: string[],
  options: RunOptions & { env: NodeJS.ProcessEnv },
  isolation: Isolation,
): Promise<CommandResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    let output = '';
    let timedOut = false;
    const child = spawn(file, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const append = (chunk: Buffer) => {
      if (output.length < OUTPUT_CAP) output += chunk.toString('utf8');
    };
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, options.timeoutMs);
    const finish = (exitCode: number | null, spawnError?: Error) => {
      clearTimeout(timer);
      if (spawnError) output += `${spawnError.message}\n`;
      const notFound =
        (spawnError as NodeJS.ErrnoException | undefined)?.code === 'ENOENT' || exitCode === 127;
      resolve({
        command,
        exitCode,
        output: output.slice(0, OUTPUT_CAP),
        timedOut,
        notFound,
        durationMs: Date.now() - started,
        isolation,
      });
    };
    child.on('error', (error) => finish(null, error));
    child.on('close', (code) => finish(timedOut ? null : code));
  });
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
