import { spawn } from 'node:child_process';

export interface ProcessRequest {
  command: string;
  cwd: string;
  env?: Record<string, string>;
  timeoutMs: number;
}

export interface ProcessResult {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** The shell could not find the program (exit 127). */
  notFound: boolean;
  stdout: string;
  stderr: string;
  seconds: number;
}

/** Starts test commands; one fresh process (group) per call. Injected so tests can script it. */
export interface ProcessRunner {
  run(request: ProcessRequest): Promise<ProcessResult>;
}

const OUTPUT_CAP = 32 * 1024 * 1024;
const KILL_GRACE_MS = 2000;

/**
 * Real processes through `sh -c`, each the leader of its own process group so that a timeout kills
 * the whole tree (npx → node → workers), not just the shell.
 */
export function createProcessRunner(): ProcessRunner {
  return {
    run: (request) =>
      new Promise((resolve) => {
        const started = performance.now();
        const child = spawn('/bin/sh', ['-c', request.command], {
          cwd: request.cwd,
          env: { ...process.env, ...request.env },
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        const stdout = collect(child.stdout);
        const stderr = collect(child.stderr);
        let timedOut = false;
        const killGroup = (signal: NodeJS.Signals) => {
          try {
            if (child.pid) process.kill(-child.pid, signal);
          } catch {
            // Already gone.
          }
        };
        const timer = setTimeout(() => {
          timedOut = true;
          killGroup('SIGTERM');
          setTimeout(() => killGroup('SIGKILL'), KILL_GRACE_MS).unref();
        }, request.timeoutMs);
        const finish = (exitCode: number | null, signal: string | null, spawnError?: Error) => {
          clearTimeout(timer);
          // Children that outlive the shell would keep running: end the group.
          killGroup('SIGKILL');
          resolve({
            exitCode,
            signal,
            timedOut,
            notFound:
              exitCode === 127 ||
              (spawnError as NodeJS.ErrnoException | undefined)?.code === 'ENOENT',
            stdout: stdout.text(),
            stderr: spawnError ? `${stderr.text()}${spawnError.message}` : stderr.text(),
            seconds: (performance.now() - started) / 1000,
          });
        };
        child.on('error', (error) => finish(null, null, error));
        child.on('close', (code, signal) => finish(code, signal));
      }),
  };
}

function collect(stream: NodeJS.ReadableStream | null): { text: () => string } {
  const chunks: Buffer[] = [];
  let size = 0;
  stream?.on('data', (chunk: Buffer) => {
    if (size >= OUTPUT_CAP) return;
    chunks.push(chunk);
    size += chunk.length;
  });
  return { text: () => Buffer.concat(chunks).toString('utf8') };
}
