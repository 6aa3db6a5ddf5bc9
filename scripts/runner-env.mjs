// Runs an action's bundle the way the runner does: INPUT_* from action.yml defaults (as the runner
// fills them) plus the given values, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an event payload.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export const BUNDLES = {
  diagnose: { yml: 'actions/diagnose/action.yml', required: 'logs' },
  patch: { yml: 'actions/patch/action.yml', required: 'diagnosis' },
  'flaky-rerun': { yml: 'actions/flaky-rerun/action.yml', required: 'command' },
  'lean-prove': { yml: 'actions/lean-prove/action.yml', required: 'project' },
  'risk-gate': { yml: 'actions/risk-gate/action.yml', required: 'pr' },
  'repo-sync': { yml: 'actions/repo-sync/action.yml', required: 'config' },
  'self-heal': { yml: 'action.yml', required: 'run-id' },
};

export function runnerEnv(name, inputs = {}, extraEnv = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `kintsugi-${name}-`));
  const output = path.join(dir, 'output');
  const summary = path.join(dir, 'summary');
  const event = path.join(dir, 'event.json');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  writeFileSync(event, '{}');
  const spec = parse(readFileSync(BUNDLES[name].yml, 'utf8'));
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_PATH: event,
    GITHUB_WORKSPACE: dir,
    RUNNER_TEMP: dir,
    ...extraEnv,
  };
  for (const [input, def] of Object.entries(spec.inputs ?? {})) {
    const value =
      input in inputs
        ? inputs[input]
        : def.default !== undefined && !String(def.default).includes('${{')
          ? String(def.default)
          : '';
    env[`INPUT_${input.toUpperCase()}`] = value;
  }
  return { env, output, summary, dir };
}

export function runBundle(name, inputs = {}, extraEnv = {}) {
  const { env, output, summary } = runnerEnv(name, inputs, extraEnv);
  const result = spawnSync(process.execPath, [path.join('dist', name, 'index.js')], {
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: readFileSync(output, 'utf8'),
    summary: readFileSync(summary, 'utf8'),
  };
}
