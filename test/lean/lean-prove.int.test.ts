import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/lean-prove/main.js';
import type { LeanProveReport } from '../../src/lean/report.js';
import { executeAction } from '../../src/platform/action.js';
import { localIO } from '../../src/platform/local-io.js';
import { silentLogger } from '../../src/platform/logger.js';
import { git } from '../support/git.js';
import { startFakeAnthropic, toolReply, type FakeAnthropic } from '../support/fake-anthropic.js';
import { DEMO_RULES as RULES } from './demo-rules.js';
import { FIXTURES, standIn, type StandIn } from './stand-in.js';

let fake: FakeAnthropic | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function runAction(
  stand: StandIn,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = {},
) {
  const io = localIO('lean-prove', {
    inputs: { project: 'lean', 'budget-per-file': '2', 'fail-on': 'error', ...inputs },
    env: { ...stand.env, ...env },
    logger: silentLogger,
    stateDirectory: path.join(stand.workspace, '..', 'state'),
  });
  const outcome = await executeAction(run, io);
  return { io, outcome, report: outcome.report as LeanProveReport | undefined };
}

function statuses(report: LeanProveReport | undefined): Record<string, string> {
  return Object.fromEntries((report?.declarations ?? []).map((d) => [d.name, d.status]));
}

describe('lean-prove with a stand-in lake replaying recorded output', () => {
  it('says per declaration what holds, kills the hanging file at its budget, catches sorry through #print axioms', async () => {
    const stand = await standIn(RULES);
    const started = Date.now();
    const { io, outcome, report } = await runAction(stand, {});
    const elapsed = Date.now() - started;
    expect(statuses(report)).toEqual({
      'Demo.double': 'proved',
      'Demo.double_eq': 'proved',
      broken: 'error',
      'Demo.heavy': 'proved',
      'Demo.slow': 'timeout',
      "Demo.zero_add'": 'proved',
      'Demo.half': 'sorry',
      'Demo.odd': 'sorry',
      'Demo.uses_half': 'sorry',
      'Demo.clean': 'proved',
    });
    expect(report!.declarations.find((d) => d.name === 'Demo.uses_half')!.reason).toMatch(
      /sorryAx/,
    );
    expect(report!.files.find((f) => f.file === 'Demo/Slow.lean')).toMatchObject({
      outcome: 'timeout',
    });
    // Killed at the 2 s budget, not waited for; and reported, not crashed.
    expect(elapsed).toBeLessThan(20_000);
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toMatch(/2 declaration\(s\) failed or timed out/);
    expect(io.outputs).toMatchObject({ proved: '5', sorry: '3', failed: '1', 'timed-out': '1' });
    const annotation = io.annotations.find(
      (a) => a.file === 'lean/Demo/Broken.lean' && a.title?.includes('unknownIdentifier'),
    );
    expect(annotation).toMatchObject({ level: 'error', line: 1, column: 36, endColumn: 39 });
    expect(io.summaries.join('\n')).toContain('| `Demo.slow` | ⏱ timeout |');
    // The .lake cache is saved even though the build failed.
    const saved = await readdir(path.join(stand.workspace, '..', 'state', 'cache'));
    expect(saved.map(decodeURIComponent)).toEqual([report!.cache.key]);
    expect(await stand.calls()).toContain('build Demo.Slow');
    // The whole process group went: the stand-in and the child it started.
    expect(await stand.survivors()).toEqual([]);
  });

  it('passes maxHeartbeats to Lean and reports a heartbeat timeout as timeout', async () => {
    const stand = await standIn(RULES);
    const { report } = await runAction(stand, {
      targets: 'Demo/Heavy.lean',
      'max-heartbeats': '1000',
    });
    expect(statuses(report)).toEqual({ 'Demo.heavy': 'timeout' });
    expect(await stand.calls()).toEqual(['env lean -DmaxHeartbeats=1000 Demo/Heavy.lean']);
  });

  it('proposes only the model candidate that Lean accepts', async () => {
    fake = await startFakeAnthropic({
      replies: [
        toolReply({
          candidates: [
            { proof: 'by\n  unfold double\n  simp' },
            { proof: 'by\n  unfold double\n  omega' },
          ],
        }),
        toolReply({ candidates: [{ proof: 'sorry' }] }),
      ],
    });
    const stand = await standIn(RULES);
    const { report, outcome } = await runAction(
      stand,
      {
        targets: 'Demo/Sorry.lean',
        'llm-proofs': 'on',
        'anthropic-api-key': 'test-key',
        'max-candidates': '2',
      },
      { ANTHROPIC_BASE_URL: fake.url },
    );
    expect(outcome.message).toBe('no errors');
    expect(outcome.status).toBe('success');
    const proofs = report!.proofs!;
    expect(proofs.proposals).toEqual([
      {
        theorem: 'Demo.half',
        file: 'Demo/Sorry.lean',
        line: 6,
        proof: 'by\n  unfold double\n  omega',
      },
    ]);
    expect(proofs.checks.map((c) => [c.theorem, c.accepted, c.reason])).toEqual([
      ['Demo.half', false, 'Lean: `simp` made no progress'],
      ['Demo.half', true, undefined],
      ['Demo.odd', false, 'refused before Lean: contains "sorry"'],
    ]);
    const patch = await readFile(proofs.patchFile!, 'utf8');
    expect(patch).toContain('+++ b/lean/Demo/Sorry.lean');
    expect(patch).toContain('+    omega');
    expect(patch).not.toContain('+    simp');
    // It applies as it is.
    execFileSync('git', ['apply', proofs.patchFile!], { cwd: stand.workspace });
    const patched = await readFile(path.join(stand.projectDir, 'Demo/Sorry.lean'), 'utf8');
    expect(patched).toContain(
      'theorem half (n : Nat) : double n / 2 = n :=\n  by\n    unfold double\n    omega\n\n-- `odd`',
    );
    expect(report!.audit.tokensIn).toBeGreaterThan(0);
    fake.assertAllRepliesUsed();
  });
});

describe('lean-prove against a base ref', () => {
  it('names new sorries, newly broken and newly proved theorems, built from a worktree of the base', async () => {
    const BASE = 'kintsugi-lean-base-';
    const stand = await standIn([
      // At the base everything built cleanly except Demo.heavy, which ran out of heartbeats.
      {
        cwd: BASE,
        args: 'build Demo.Heavy',
        output: path.join(FIXTURES, 'lean-json.txt'),
        replace: [['x.lean', 'Demo/Heavy.lean']],
        exit: 1,
      },
      { cwd: BASE, args: 'build', exit: 0, text: 'Build completed successfully.\n' },
      { cwd: BASE, args: 'env lean', exit: 0, text: '' },
      ...RULES,
    ]);
    git(stand.workspace, ['init', '-q', '-b', 'main']);
    git(stand.workspace, ['add', '.']);
    git(stand.workspace, ['commit', '-q', '-m', 'base']);
    git(stand.workspace, ['tag', 'base']);
    // Dependencies the head has built (same manifest) are linked into the base worktree.
    await mkdir(path.join(stand.projectDir, '.lake', 'packages', 'batteries'), { recursive: true });
    const { outcome, report, io } = await runAction(stand, {
      'base-ref': 'base',
      'fail-on': 'new-sorry',
    });
    const c = report!.comparison!;
    expect(c.newSorries.map((x) => x.name)).toEqual(['Demo.half', 'Demo.odd', 'Demo.uses_half']);
    expect(c.newlyBroken.map((x) => [x.name, x.before, x.after])).toEqual([
      ['broken', 'proved', 'error'],
      ['Demo.slow', 'proved', 'timeout'],
    ]);
    expect(c.newlyProved.map((x) => [x.name, x.before])).toEqual([['Demo.heavy', 'timeout']]);
    expect(outcome).toMatchObject({
      status: 'failure',
      message: 'against base: 3 new sorry, 2 newly broken',
    });
    expect(io.summaries.join('')).toContain('Newly proved: `Demo.heavy`');
    const cwds = (
      await readFile(
        `${stand.env.FAKE_LAKE_SCENARIO!.replace('scenario.json', 'calls.log')}.cwd`,
        'utf8',
      )
    ).split('\n');
    const atBase = cwds.filter((line) => line.includes(BASE));
    expect(atBase.length).toBeGreaterThan(0);
    expect(atBase.every((line) => line.endsWith('packages=true'))).toBe(true);
    // Removing the worktree removed the link, not the head's dependencies.
    expect(await readdir(path.join(stand.projectDir, '.lake', 'packages'))).toEqual(['batteries']);
    // The worktree is gone again.
    expect(git(stand.workspace, ['worktree', 'list']).split('\n')).toHaveLength(1);
  });
});

describe('lean-prove bad input', () => {
  it('no lean project', async () => {
    const stand = await standIn(RULES);
    const { outcome } = await runAction(stand, { project: 'proofs' });
    expect(outcome).toMatchObject({ status: 'failure' });
    expect(outcome.message).toMatch(/^Input project got "proofs": no such directory/);
    await rm(path.join(stand.projectDir, 'lakefile.toml'));
    const noLakefile = await runAction(stand, {});
    expect(noLakefile.outcome.message).toMatch(
      /it is not a lean project \(no lakefile.lean or lakefile.toml/,
    );
  });

  it('no lean-toolchain', async () => {
    const stand = await standIn(RULES);
    await rm(path.join(stand.projectDir, 'lean-toolchain'));
    const { outcome } = await runAction(stand, {});
    expect(outcome.message).toMatch(/has no lean-toolchain file/);
  });

  it('lake missing and elan unavailable', async () => {
    const stand = await standIn(RULES, { withLake: false });
    const { outcome } = await runAction(stand, {});
    expect(outcome.status).toBe('failure');
    expect(outcome.message).toMatch(
      /cannot run Lean leanprover\/lean4:v4.15.0: lake is not on PATH and elan is not available/,
    );
    expect(outcome.message).not.toMatch(/\n\s+at /);
  });

  it('a target that is not in the project', async () => {
    const stand = await standIn(RULES);
    await writeFile(path.join(stand.projectDir, 'README.md'), 'x');
    const { outcome } = await runAction(stand, { targets: 'Demo.Nope' });
    expect(outcome.message).toMatch(/^Input targets got "Demo.Nope": no such Lean file or module/);
  });
});
