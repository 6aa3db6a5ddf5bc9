import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestRef } from './runners/types.js';

const run = promisify(execFile);

/**
 * Test files added or changed since the base (`git diff --relative base...HEAD`), relative to cwd.
 * Tests in them count as new: detect-new-flakes runs them again before they can go flaky on main.
 */
export async function changedFilesSinceBase(cwd: string, base: string): Promise<Set<string>> {
  const { stdout } = await run(
    'git',
    ['diff', '--name-only', '--relative', '--diff-filter=AM', `${base}...HEAD`],
    { cwd },
  );
  return new Set(
    stdout
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
}

/** Is this test in one of the changed files? (Tests whose framework names no file never are.) */
export function inChangedFiles(
  files: ReadonlySet<string>,
  cwd: string,
): (test: TestRef) => boolean {
  return (test) => {
    if (!test.file) return false;
    const relative = (path.isAbsolute(test.file) ? path.relative(cwd, test.file) : test.file)
      .split(path.sep)
      .join('/');
    return files.has(relative.replace(/^\.\//, ''));
  };
}
