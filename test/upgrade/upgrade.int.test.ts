import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../../src/platform/logger.js';
import { npmAdapter } from '../../src/upgrade/npm.js';
import { upgradeDependencies, type CheckRunner } from '../../src/upgrade/upgrade.js';
import { startLocalRegistry, type LocalRegistry } from '../support/verdaccio.js';
import { makeFixtureProject, NEW, OLD } from './fixture.js';

const exec = promisify(execFile);

const npmTest: CheckRunner = async (workspace) => {
  try {
    const { stdout, stderr } = await exec('npm', ['test', '--silent'], { cwd: workspace });
    return { passed: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { passed: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
};

describe('scheduled npm upgrades against a real registry on loopback', () => {
  let registry: LocalRegistry;
  let project: string;

  beforeAll(async () => {
    registry = await startLocalRegistry();
    for (const pkg of OLD) await registry.publish(pkg);
    project = await makeFixtureProject(registry);
    for (const pkg of NEW) await registry.publish(pkg);
  }, 120_000);

  afterAll(async () => {
    await registry?.close();
    if (project) await rm(project, { recursive: true, force: true });
  });

  it('keeps the 6 good upgrades, names exactly the 2 culprits, within 2*ceil(log2 8)+2 test runs', async () => {
    const logger = memoryLogger();
    const adapter = npmAdapter({ registry: registry.url });
    const result = await upgradeDependencies({
      workspace: project,
      adapter,
      latest: false,
      runChecks: npmTest,
      logger,
    });

    expect(result.outcome).toBe('partially-upgraded');
    expect(result.heldBack.map((h) => h.group).sort()).toEqual(['kfx-dates', 'kfx-parse']);
    expect(result.upgraded.map((u) => `${u.name}@${u.to}`).sort()).toEqual([
      'kfx-color@2.0.3',
      'kfx-log@0.3.1',
      'kfx-math@1.1.0',
      'kfx-strings@1.0.1',
      'kfx-ui-theme@1.1.0',
      'kfx-ui@1.1.0',
    ]);
    expect(result.groups.find((g) => g.upgrades.length === 2)?.id).toBe('kfx-ui+kfx-ui-theme');
    console.log(
      `upgrade test runs: ${result.upgradeRuns} after 1 baseline run (bound ${2 * Math.ceil(Math.log2(8)) + 2})`,
    );
    expect(result.upgradeRuns).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(8)) + 2);
    expect(logger.lines.filter((l) => l.startsWith('test run ')).length).toBe(
      result.testRuns.length,
    );
    expect(result.heldBack.find((h) => h.group === 'kfx-dates')?.failureOutput).toContain(
      'formatDate is not a function',
    );

    // The workspace is left with exactly the good upgrades, and its checks pass.
    const lock = JSON.parse(await readFile(path.join(project, 'package-lock.json'), 'utf8'));
    expect(lock.packages['node_modules/kfx-dates'].version).toBe('1.0.0');
    expect(lock.packages['node_modules/kfx-math'].version).toBe('1.1.0');
    expect((await npmTest(project)).passed).toBe(true);
  }, 180_000);
});
