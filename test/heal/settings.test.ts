import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/actions/self-heal/main.js';
import { readSettings } from '../../src/actions/self-heal/settings.js';
import { ConfigError } from '../../src/platform/errors.js';
import { localIO } from '../../src/platform/local-io.js';
import { silentLogger } from '../../src/platform/logger.js';

function io(inputs: Record<string, string>, payload?: object) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kintsugi-self-heal-settings-'));
  const event = path.join(dir, 'event.json');
  writeFileSync(event, JSON.stringify(payload ?? {}));
  return localIO('self-heal', {
    inputs,
    env: { GITHUB_EVENT_PATH: event, GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir },
    logger: silentLogger,
  });
}

const failedRun = { workflow_run: { id: 42, head_branch: 'main', conclusion: 'failure' } };

describe('self-heal settings', () => {
  it('takes the run id and the failing branch from the workflow_run event', () => {
    const settings = readSettings(io({}, failedRun));
    expect(settings.runId).toBe(42);
    expect(settings.pipeline.heal.failedBranch).toBe('main');
    expect(settings.pipeline.heal.llm).toBe(false);
  });

  it('names the input and what it accepts on a mistake', () => {
    expect(() => readSettings(io({}))).toThrow(ConfigError);
    expect(() => readSettings(io({}))).toThrow(/run-id \(or logs/);
    expect(() => readSettings(io({ 'run-id': 'abc' }))).toThrow(/Input run-id got "abc"/);
    expect(() => readSettings(io({ 'run-id': '1', fixers: 'prettier,magic' }))).toThrow(
      /Input fixers got "magic"/,
    );
    expect(() =>
      readSettings(io({ 'run-id': '1', 'approve-below': '50', 'deploy-below': '40' })),
    ).toThrow(/deploy-below/);
  });

  it('does nothing for a run that did not fail, or on its own branch', async () => {
    const passed = { workflow_run: { ...failedRun.workflow_run, conclusion: 'success' } };
    expect((await run(io({}, passed))).message).toMatch(/concluded success/);
    const own = { workflow_run: { ...failedRun.workflow_run, head_branch: 'kintsugi/fix/main/x' } };
    const outcome = await run(io({}, own));
    expect(outcome.status).toBe('neutral');
    expect(outcome.message).toMatch(/loop guard/);
  });
});
