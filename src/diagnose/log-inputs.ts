import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { ConfigError } from '../platform/errors.js';

/** One log file to diagnose, with the job (and step) it belongs to when the layout says so. */
export interface LogFile {
  path: string;
  /** As shown in the report: relative to where the user pointed us. */
  displayName: string;
  job: string;
  step?: string;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * Files named by the `logs` input: a file, a directory or a glob, one per line. A directory in the
 * GitHub run-logs layout (`<n>_<job>.txt` per job, `<job>/<step#>_<step>.txt` per step, step files
 * sometimes missing) gives one entry per job: the job file, else that job's step files.
 */
export async function resolveLogFiles(
  specs: readonly string[],
  cwd: string,
  inputName = 'logs',
): Promise<LogFile[]> {
  const files: LogFile[] = [];
  for (const spec of specs) {
    const full = path.resolve(cwd, spec);
    const info = await stat(full).catch(() => undefined);
    if (info?.isFile())
      files.push({ path: full, displayName: spec, job: jobName(path.basename(full)) });
    else if (info?.isDirectory()) {
      const found = await runLogsLayout(full, spec);
      if (found.length === 0)
        throw new ConfigError(
          `Input ${inputName}: directory "${spec}" holds no log files (.txt or .log); point it at a log file, a directory of logs or a glob`,
        );
      files.push(...found);
    } else if (picomatch.scan(spec).isGlob) {
      const matched = await globFiles(spec, cwd);
      if (matched.length === 0)
        throw new ConfigError(
          `Input ${inputName}: the glob "${spec}" matches no file under ${cwd}`,
        );
      files.push(
        ...matched.map((file) => ({
          path: file,
          displayName: path.relative(cwd, file),
          job: jobName(path.basename(file)),
        })),
      );
    } else {
      throw new ConfigError(
        `Input ${inputName}: no such file or directory: "${spec}" (accepted: a log file, a directory of logs or a glob)`,
      );
    }
  }
  return files;
}

async function runLogsLayout(dir: string, shown: string): Promise<LogFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const jobFiles = entries
    .filter((e) => e.isFile() && /\.(txt|log)$/i.test(e.name))
    .sort((a, b) => byNumber(a.name, b.name));
  const out: LogFile[] = [];
  const jobsWithFile = new Set<string>();
  for (const entry of jobFiles) {
    const job = jobName(entry.name);
    jobsWithFile.add(job);
    out.push({ path: path.join(dir, entry.name), displayName: path.join(shown, entry.name), job });
  }
  for (const sub of entries
    .filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name))
    .sort((a, b) => a.name.localeCompare(b.name))) {
    if (jobsWithFile.has(sub.name)) continue; // the job file already holds every step
    const steps = (await readdir(path.join(dir, sub.name), { withFileTypes: true }))
      .filter((e) => e.isFile() && /\.(txt|log)$/i.test(e.name))
      .sort((a, b) => byNumber(a.name, b.name));
    for (const step of steps) {
      out.push({
        path: path.join(dir, sub.name, step.name),
        displayName: path.join(shown, sub.name, step.name),
        job: sub.name,
        step: jobName(step.name),
      });
    }
  }
  return out;
}

/** `3_build (ubuntu).txt` → `build (ubuntu)`. */
export function jobName(fileName: string): string {
  return fileName.replace(/\.(txt|log)$/i, '').replace(/^\d+_/, '');
}

function byNumber(a: string, b: string): number {
  const na = Number(/^(\d+)_/.exec(a)?.[1] ?? Infinity);
  const nb = Number(/^(\d+)_/.exec(b)?.[1] ?? Infinity);
  return na - nb || a.localeCompare(b);
}

async function globFiles(pattern: string, cwd: string): Promise<string[]> {
  const { base } = picomatch.scan(pattern);
  const root = path.resolve(cwd, base || '.');
  const isMatch = picomatch(pattern.replace(/^\.\//, ''), { dot: true });
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) await walk(full);
      } else if (entry.isFile() && isMatch(path.relative(cwd, full).split(path.sep).join('/')))
        out.push(full);
    }
  };
  await walk(root);
  return out.sort();
}

/**
 * Refuses what is not a text log, naming it: an empty file (nothing to diagnose) or a binary one
 * (NUL bytes in its first 64 KiB). Invalid UTF-8 is read anyway, with a note in the report.
 */
export async function checkLogFile(file: LogFile, inputName = 'logs'): Promise<void> {
  const info = await stat(file.path).catch(() => undefined);
  if (!info?.isFile())
    throw new ConfigError(`Input ${inputName}: no such file: "${file.displayName}"`);
  if (info.size === 0)
    throw new ConfigError(
      `Input ${inputName}: "${file.displayName}" is empty (0 bytes); there is no log to diagnose`,
    );
  const handle = await open(file.path, 'r');
  try {
    const head = Buffer.alloc(Math.min(info.size, 64 * 1024));
    await handle.read(head, 0, head.length, 0);
    const nul = head.indexOf(0);
    if (nul !== -1)
      throw new ConfigError(
        `Input ${inputName}: "${file.displayName}" is a binary file (NUL byte at offset ${nul}), not a text log`,
      );
  } finally {
    await handle.close();
  }
}
