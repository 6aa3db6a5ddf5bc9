import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosis, testDiagnosis } from '../../test/patch/shop.js';
import { createCommandRunner, detectIsolation, scrubEnvironment } from './commands.js';
import { deriveValidationCommands, measureBaseline, validateCandidate } from './validate.js';

const cwd = mkdtempSync(path.join(tmpdir(), 'kintsugi-commands-'));

describe('scrubEnvironment', () => {
  it('drops tokens, secrets, keys and the runner plumbing, keeps the rest', () => {
    const clean = scrubEnvironment({
      PATH: '/usr/bin',
      HOME: '/home/runner',
      CI: 'true',
      GITHUB_TOKEN: 'x',
      NPM_TOKEN: 'x',
      AWS_SECRET_ACCESS_KEY: 'x',
      ANTHROPIC_API_KEY: 'x',
      DB_PASSWORD: 'x',
      GITHUB_REPOSITORY: 'a/b',
      ACTIONS_RUNTIME_TOKEN: 'x',
      INPUT_GITHUB_TOKEN: 'x',
      SSH_PRIVATE_KEY: 'x',
    });
    expect(Object.keys(clean).sort()).toEqual(['CI', 'HOME', 'PATH']);
  });
});

describe('createCommandRunner', () => {
  it('runs with the scrubbed environment and reports a missing program as not found', async () => {
    const runner = createCommandRunner({
      env: { ...process.env, GITHUB_TOKEN: 'leak' },
      isolation: 'none',
    });
    const env = await runner.shell('echo "token=${GITHUB_TOKEN:-none}"', {
      cwd,
      timeoutMs: 10_000,
    });
    expect(env).toMatchObject({ exitCode: 0, notFound: false });
    expect(env.output.trim()).toBe('token=none');
    const missing = await runner.shell('kintsugi-no-such-tool --version', {
      cwd,
      timeoutMs: 10_000,
    });
    expect(missing).toMatchObject({ exitCode: 127, notFound: true });
  });

  it('stops a command at its timeout, with its children', async () => {
    const runner = createCommandRunner({ isolation: 'none' });
    const started = Date.now();
    const slow = await runner.shell('sleep 20 & sleep 20', { cwd, timeoutMs: 300 });
    expect(slow.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('cuts validation off from the network where the machine allows it', async () => {
    const isolation = detectIsolation();
    if (isolation === 'none') {
      console.warn(
        'no bubblewrap and no unprivileged namespaces here: validation would run with network (the report says so)',
      );
      return;
    }
    const runner = createCommandRunner({ isolation });
    const links = await runner.shell('cat /proc/net/dev | tail -n +3 | cut -d: -f1', {
      cwd,
      timeoutMs: 10_000,
      isolated: true,
    });
    expect(
      links.output
        .trim()
        .split('\n')
        .map((l) => l.trim()),
    ).toEqual(['lo']);
  });
});

describe('validation', () => {
  it('derives the commands from the failing jobs and the failing tests', () => {
    expect(deriveValidationCommands(diagnosis())).toEqual([
      'node_modules/.bin/prettier --check src',
      'node_modules/.bin/eslint src',
    ]);
    const tests = testDiagnosis();
    expect(deriveValidationCommands({ ...tests, jobs: [] })).toEqual([
      'npx vitest run src/discount.test.ts',
    ]);
  });

  it('needs a check to go green and every green one to stay green', async () => {
    const runner = createCommandRunner({ isolation: 'none' });
    const settings = { commands: ['test -f fixed', 'true'], timeoutMs: 10_000, root: cwd };
    const baseline = await measureBaseline(settings, runner);
    expect(baseline).toMatchObject({ failing: ['test -f fixed'], green: ['true'] });
    const broke = await validateCandidate({ ...settings, commands: ['true', 'false'] }, runner, {
      ...baseline,
      green: ['false'],
    });
    expect(broke.problems).toEqual(['false was green and now fails (exit 1)']);
    const still = await validateCandidate(settings, runner, baseline);
    expect(still.problems).toEqual(['test -f fixed still fails (exit 1)']);
  });

  it('refuses an empty plan and a command that does not exist', async () => {
    const runner = createCommandRunner({ isolation: 'none' });
    await expect(
      measureBaseline({ commands: [], timeoutMs: 1000, root: cwd }, runner),
    ).rejects.toThrow(/Input validate: nothing to validate with/);
    await expect(
      measureBaseline({ commands: ['kintsugi-nope'], timeoutMs: 5000, root: cwd }, runner),
    ).rejects.toThrow(/command not found: "kintsugi-nope"/);
  });
});
