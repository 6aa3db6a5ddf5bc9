/**
 * The one place that starts external processes for lean-prove. Each process gets its own process
 * group so that a budget overrun kills lake, lean and anything they started, and is reported as a
 * timeout rather than a crash.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';

export interface CommandResult {
  /** stdout and stderr interleaved as they came, capped. */
  output: string;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** The executable was not found. */
  missing: boolean;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
}

export type RunCommand = (
  command: string,
  args: string[],
  options: RunOptions,
) => Promise<CommandResult>;

const OUTPUT_CAP = 8 * 1024 * 1024;

export const runCommand: RunCommand = (command, args, options) =>
  new Promise((resolve) => {
    const started = Date.now();
    let output = '';
    let timedOut = false;
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const take = (chunk: Buffer) => {
      if (output.length < OUTPUT_CAP) output += chunk.toString('utf8');
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const killGroup = () => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    };
    const timer = options.timeoutMs > 0 ? setTimeout(killGroup, options.timeoutMs) : undefined;
    const finish = (exitCode: number | null, missing: boolean) => {
      if (timer) clearTimeout(timer);
      resolve({ output, exitCode, timedOut, durationMs: Date.now() - started, missing });
    };
    child.on('error', (error: NodeJS.ErrnoException) => finish(null, error.code === 'ENOENT'));
    child.on('close', (code) => finish(code, false));
  });

/** The first `command` on PATH, as the shell would find it. */
export async function whichCommand(
  command: string,
  env: NodeJS.ProcessEnv,
): Promise<string | undefined> {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    const ok = await access(candidate, constants.X_OK).then(
      () => true,
      () => false,
    );
    if (ok) return candidate;
  }
  return undefined;
}
