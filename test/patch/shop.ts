import { readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DiagnoseReport } from '../../src/diagnose/report.js';
import type { FakeGitHub } from '../support/fake-github/server.js';
import {
  clone,
  makeRepoWithRemote,
  tempDir,
  type BareRemote,
  type TestRepo,
} from '../support/git.js';

const FIXTURE = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'shop');
const SUITE_ROOT = path.resolve(FIXTURE, '..', '..', '..', '..');

/** The fixture's files; `gitignore.txt` becomes `.gitignore` (a fixture cannot ignore its own files). */
export function shopFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        files[path.relative(FIXTURE, full).replace(/^gitignore\.txt$/, '.gitignore')] =
          readFileSync(full, 'utf8');
    }
  };
  walk(FIXTURE);
  return files;
}

/** A checkout of the shop cloned from a bare remote, with the suite's node_modules linked in. */
export function cloneShop(remote: BareRemote): TestRepo {
  const work = clone(remote);
  symlinkSync(path.join(SUITE_ROOT, 'node_modules'), path.join(work.dir, 'node_modules'), 'dir');
  return work;
}

export function makeShop(): { remote: BareRemote; work: TestRepo } {
  const { remote } = makeRepoWithRemote({ files: shopFiles() });
  return { remote, work: cloneShop(remote) };
}

/**
 * Mirrors the checkout's HEAD on the fake GitHub: the same files, reachable under the local commit
 * sha (GitHub would know it because the run checked it out from there).
 */
export function mirrorOnFake(fake: FakeGitHub, fullName: string, work: TestRepo): void {
  const repo =
    fake.state.repo(...(fullName.split('/') as [string, string])) ?? fake.state.addRepo(fullName);
  const commit = fake.state.addCommit(fullName, { files: shopFiles(), message: 'shop' });
  const sha = work.head();
  repo.commits.set(sha, { ...commit, sha });
  repo.refs.set(`refs/heads/${repo.defaultBranch}`, sha);
}

/** A diagnose report as the diagnose action writes it. */
export function diagnosis(overrides: Partial<DiagnoseReport> = {}): DiagnoseReport {
  return {
    schemaVersion: 1,
    category: 'lint',
    confidence: 0.9,
    summary: 'prettier --check found unformatted files; eslint found prefer-const',
    excerpts: [
      {
        file: 'logs/check.txt',
        startLine: 10,
        endLine: 12,
        text: '[warn] src/price.ts\n/src/cart.ts\n  4:7  error  prefer-const',
      },
    ],
    failingTests: [],
    locations: [
      {
        file: 'src/price.ts',
        line: 1,
        message: 'not formatted (prettier --check)',
        tool: 'prettier',
      },
      {
        file: 'src/cart.ts',
        line: 4,
        column: 7,
        message: "'total' is never reassigned. Use 'const' instead",
        tool: 'eslint',
      },
    ],
    tools: ['prettier', 'eslint'],
    jobs: [
      {
        name: 'format',
        command: 'node_modules/.bin/prettier --check src',
        category: 'lint',
        tools: ['prettier'],
      },
      {
        name: 'lint',
        command: 'node_modules/.bin/eslint src',
        category: 'lint',
        tools: ['eslint'],
      },
    ],
    llm: null,
    audit: {
      time: '2026-11-22T00:00:00.000Z',
      action: 'diagnose',
      tokensIn: 0,
      tokensOut: 0,
      estimatedCostUsd: 0,
      durationMs: 1,
      outcome: 'success',
      links: [],
    },
    ...overrides,
  };
}

/** The failing discount test, as diagnose reports it. */
export function testDiagnosis(): DiagnoseReport {
  return diagnosis({
    category: 'test',
    summary: 'vitest: applyDiscount takes the percentage off: expected 50 to be 150',
    excerpts: [
      {
        file: 'logs/test.txt',
        startLine: 3,
        endLine: 6,
        text: 'FAIL src/discount.test.ts > applyDiscount > takes the percentage off\nAssertionError: expected 50 to be 150',
      },
    ],
    failingTests: [
      {
        name: 'applyDiscount > takes the percentage off',
        file: 'src/discount.test.ts',
        line: 6,
        message: 'expected 50 to be 150',
      },
    ],
    locations: [
      { file: 'src/discount.ts', line: 3, message: 'the discounted amount', tool: 'vitest' },
    ],
    tools: ['vitest'],
    jobs: [
      {
        name: 'test',
        command: 'npx vitest run src/discount.test.ts',
        category: 'test',
        tools: ['vitest'],
      },
    ],
  });
}

export function writeDiagnosis(report: unknown): string {
  const file = path.join(tempDir('kintsugi-diagnosis-'), 'diagnose-report.json');
  writeFileSync(file, JSON.stringify(report, null, 2));
  return file;
}

/** The process environment minus what would confuse a nested vitest or leak into the fixture. */
export function fixtureEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(VITEST|TEST$|NODE_ENV$|NODE_OPTIONS$)/.test(k)) env[k] = v;
  return env;
}
