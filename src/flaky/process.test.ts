import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProcessRunner } from './process.js';

describe('process runner', () => {
  const runner = createProcessRunner();
  const cwd = mkdtempSync(path.join(tmpdir(), 'kintsugi-proc-'));

  it('a timeout kills the whole process group, background children included', async () => {
    const marker = `kintsugi-sleep-${process.pid}`;
    const result = await runner.run({
      command: `sh -c 'sleep 31 # ${marker}' & sleep 32 # ${marker}\nwait`,
      cwd,
      timeoutMs: 500,
    });
    expect(result.timedOut).toBe(true);
    expect(result.seconds).toBeLessThan(5);
    const alive = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes(marker) && !l.startsWith('ps'));
    expect(alive).toEqual([]);
  });

  it('reports a missing program as notFound (exit 127) with the shell message', async () => {
    const result = await runner.run({
      command: 'no-such-test-runner-xyz --run',
      cwd,
      timeoutMs: 10_000,
    });
    expect(result).toMatchObject({ exitCode: 127, notFound: true, timedOut: false });
    expect(result.stderr).toMatch(/no-such-test-runner-xyz: .*not found/);
  });

  it('passes env and captures both streams', async () => {
    const result = await runner.run({
      command: 'echo "$FLAKY_X"; echo err >&2; exit 3',
      cwd,
      timeoutMs: 10_000,
      env: { FLAKY_X: 'hello' },
    });
    expect(result).toMatchObject({
      exitCode: 3,
      stdout: 'hello\n',
      stderr: 'err\n',
      notFound: false,
    });
  });
});
