import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import type { TestOutcome } from './report.js';
import { findParser, RESULT_PARSERS } from './parsers/registry.js';
import { ReportFormatError } from './parsers/types.js';

const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * Files matching the patterns (paths or globs, relative to cwd), optionally only those written since
 * `since` (a re-run must not read the previous run's surefire files).
 */
export async function findReportFiles(
  patterns: readonly string[],
  cwd: string,
  since?: number,
): Promise<string[]> {
  const found = new Set<string>();
  const globs: string[] = [];
  for (const pattern of patterns) {
    if (picomatch.scan(pattern).isGlob) globs.push(pattern.replace(/^\.\//, ''));
    else {
      const file = path.resolve(cwd, pattern);
      const info = await stat(file).catch(() => undefined);
      if (info?.isFile() && (since === undefined || info.mtimeMs >= since)) found.add(file);
    }
  }
  if (globs.length > 0) {
    const isMatch = picomatch(globs, { dot: true });
    for (const file of await walk(cwd)) {
      if (!isMatch(path.relative(cwd, file).split(path.sep).join('/'))) continue;
      if (since !== undefined && (await stat(file)).mtimeMs < since) continue;
      found.add(file);
    }
  }
  return [...found].sort();
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) files.push(...(await walk(full)));
    } else if (entry.isFile()) files.push(full);
  }
  return files;
}

/** Every execution in one result text; throws ReportFormatError in words. */
export function readOutcomes(content: string, file: string, parserId?: string): TestOutcome[] {
  if (content.trim() === '')
    throw new ReportFormatError(file, 'the file is empty: no test results in it');
  const parser =
    (parserId ? findParser(parserId) : undefined) ??
    RESULT_PARSERS.find((p) => p.detect(content, file));
  if (!parser) throw new ReportFormatError(file, 'not a test report format flaky-rerun reads');
  return parser.parse(content, file);
}

export async function readOutcomesFromFile(
  file: string,
  parserId?: string,
): Promise<TestOutcome[]> {
  return readOutcomes(await readFile(file, 'utf8'), file, parserId);
}
