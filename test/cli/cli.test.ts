import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('kintsugi CLI', () => {
  it('lists every action and command', async () => {
    const { code, stdout } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const name of [
      'diagnose',
      'patch',
      'flaky-rerun',
      'lean-prove',
      'risk-gate',
      'repo-sync',
      'self-heal',
      'docs',
    ]) {
      expect(stdout).toContain(name);
    }
  });

  it("lists an action's inputs from its action.yml", async () => {
    const { code, stdout } = await runCli(['repo-sync', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /--on-conflict\s+When a file changed both .*skip \(keep the target file\).*\(default: pr-with-markers\)/,
    );
    expect(stdout).toContain('pull-requests');
  });

  it('refuses an unknown command and an unknown input, naming what is accepted', async () => {
    const unknown = await runCli(['heal-everything']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "heal-everything"; accepted: diagnose, patch/);
    const badInput = await runCli(['repo-sync', '--dryrun', 'true']);
    expect(badInput.code).toBe(2);
    expect(badInput.stderr).toContain('unknown input --dryrun; accepted: --config');
    expect(badInput.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a bad --format', async () => {
    const { code, stderr } = await runCli(['repo-sync', '--format', 'yaml']);
    expect(code).toBe(2);
    expect(stderr).toContain('option --format got "yaml"; accepted: text | json');
  });

  it('stops with a neutral result when paused', async () => {
    const { code, stderr } = await runCli(['repo-sync', '--dry-run', 'true'], {
      env: { KINTSUGI_PAUSED: 'true' },
    });
    expect(code).toBe(0);
    expect(stderr).toContain('Kintsugi is paused (KINTSUGI_PAUSED=true); repo-sync did nothing.');
  });

  it('keeps every action README table in step with its action.yml', async () => {
    const { code, stdout } = await runCli(['docs', '--check']);
    expect(stdout).toBe('');
    expect(code).toBe(0);
  });
});
