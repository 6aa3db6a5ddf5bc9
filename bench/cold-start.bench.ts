// Each bundle's cold start (run as the runner runs it, up to its first input check) as a ratio to
// `node -e ''` measured interleaved in the same run, and each bundle's size on disk.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BenchResult, Figure } from './harness.js';
// @ts-expect-error plain .mjs helper shared with scripts/smoke-dist.mjs
import { BUNDLES, runnerEnv } from '../scripts/runner-env.mjs';

const RUNS = 15;

function timeOnce(args: string[], env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function directorySize(dir: string): number {
  return readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
}

export default async function coldStart(): Promise<BenchResult> {
  const figures: Figure[] = [];
  const names = Object.keys(BUNDLES as Record<string, { required: string }>);
  for (const name of names) {
    const required = (BUNDLES as Record<string, { required: string }>)[name]!.required;
    const { env } = runnerEnv(name, { [required]: '' });
    const bundle = path.join('dist', name, 'index.js');
    const baseline: number[] = [];
    const action: number[] = [];
    timeOnce([bundle], env); // warm the file cache for both
    for (let i = 0; i < RUNS; i++) {
      baseline.push(timeOnce(['-e', ''], env));
      action.push(timeOnce([bundle], env));
    }
    const ratio = median(action) / median(baseline);
    figures.push({
      name: `${name} cold start`,
      value: median(action),
      unit: 'ms',
      reference: { name: "node -e ''", value: median(baseline), unit: 'ms' },
      target: 'ratio <= 4',
      met: ratio <= 4,
    });
    figures.push({
      name: `${name} bundle size`,
      value: directorySize(path.join('dist', name)) / 1024 / 1024,
      unit: 'MiB',
    });
  }
  return {
    title: 'Cold start of each bundle',
    figures,
    notes: [
      `median of ${RUNS} interleaved runs each; the bundle runs until it reports the missing required input`,
    ],
  };
}
