import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createProcessRunner, type ProcessRunner } from '../../src/flaky/process.js';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Is this program on PATH? Tests that need it skip, loudly, when it is not. */
export function hasProgram(program: string, args: string[] = ['--version']): boolean {
  try {
    execFileSync(program, args, { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

export function warnSkip(what: string, why: string): void {
  console.warn(
    `\n!!! ${what} SKIPPED: ${why}. CI installs it (.ci/run); install it to run these tests. !!!\n`,
  );
}

/** A real process runner whose commands see the fixture's counter dir, recording each command. */
export function fixtureRunner(env: Record<string, string>): {
  runner: ProcessRunner;
  commands: string[];
} {
  const real = createProcessRunner();
  const commands: string[] = [];
  return {
    commands,
    runner: {
      run: (request) => {
        commands.push(request.command);
        return real.run({ ...request, env: { ...request.env, ...env } });
      },
    },
  };
}

export function tempDir(label: string): string {
  return mkdtempSync(path.join(tmpdir(), `kintsugi-flaky-${label}-`));
}

/** How many times each counted test ran: `{ 'math-flaky': 2, ... }` (prefix stripped). */
export function runCounts(dir: string, prefix: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of readdirSync(dir)) {
    if (name.startsWith(`${prefix}-`))
      counts[name.slice(prefix.length + 1)] = Number(readFileSync(path.join(dir, name), 'utf8'));
  }
  return counts;
}
