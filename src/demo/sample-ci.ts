import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** One job of the sample repository's CI, as its workflow runs it. */
export interface SampleJob {
  name: string;
  command: string;
}

export const SAMPLE_JOBS: SampleJob[] = [
  { name: 'format', command: 'npm run format:check' },
  { name: 'lint', command: 'npm run lint' },
  { name: 'test', command: 'npm test' },
];

export interface JobRun extends SampleJob {
  exitCode: number;
  logFile: string;
  seconds: number;
}

/** Runs a shell command and returns its exit code and interleaved output. */
export function runShell(
  command: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ exitCode: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, { cwd, env, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('close', (code) => resolve({ exitCode: code ?? 1, output }));
    child.on('error', (error) => resolve({ exitCode: 127, output: error.message }));
  });
}

/**
 * A copy of the sample repository in a temp directory, as a git repository with one commit, using
 * Kintsugi's own node_modules (prettier, eslint, vitest) so that no install is needed.
 */
export async function copySampleRepo(sampleDir: string, kintsugiRoot: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-demo-'));
  const repo = path.join(root, 'sample-shop');
  await cp(sampleDir, repo, {
    recursive: true,
    filter: (src) => !/node_modules|reports|\.warehouse-calls/.test(src),
  });
  await symlink(path.join(kintsugiRoot, 'node_modules'), path.join(repo, 'node_modules'), 'dir');
  await writeFile(path.join(repo, '.gitignore'), 'node_modules\nreports/\n.warehouse-calls\n');
  const git = (args: string) =>
    runShell(`git ${args}`, repo, { ...process.env, GIT_CONFIG_NOSYSTEM: '1' });
  for (const args of [
    'init -q -b main',
    'config user.name "Sample Developer"',
    'config user.email dev@sample.invalid',
    'config commit.gpgsign false',
    'add -A',
    'commit -q -m "Sample shop"',
  ]) {
    const result = await git(args);
    if (result.exitCode !== 0) throw new Error(`git ${args} failed in ${repo}: ${result.output}`);
  }
  return repo;
}

/**
 * Runs each CI job for real and writes its log the way GitHub's run-logs download lays it out
 * (`<n>_<job>.txt`, timestamped lines, `##[group]Run <command>`, `##[error]Process completed ...`).
 */
export async function runSampleCi(
  repo: string,
  logsDir: string,
  env: NodeJS.ProcessEnv,
): Promise<JobRun[]> {
  await mkdir(logsDir, { recursive: true });
  // The jobs are independent, as on GitHub: they run at once.
  return Promise.all(
    SAMPLE_JOBS.map(async (job, index) => {
      const started = Date.now();
      const { exitCode, output } = await runShell(job.command, repo, env);
      const stamp = () => new Date().toISOString().replace('Z', '0000Z');
      const lines = [
        `${stamp()} ##[group]Run ${job.command}`,
        `${stamp()} ${job.command}`,
        `${stamp()} ##[endgroup]`,
        ...output
          .replace(/\n$/, '')
          .split('\n')
          .map((line) => `${stamp()} ${line}`),
        ...(exitCode !== 0
          ? [`${stamp()} ##[error]Process completed with exit code ${exitCode}.`]
          : []),
      ];
      const logFile = path.join(logsDir, `${index + 1}_${job.name}.txt`);
      await writeFile(logFile, `${lines.join('\n')}\n`, 'utf8');
      return { ...job, exitCode, logFile, seconds: (Date.now() - started) / 1000 };
    }),
  );
}
