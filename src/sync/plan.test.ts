import { describe, expect, it } from 'vitest';
import { parseSyncConfig } from './config.js';
import { planTarget, touchesWorkflows } from './plan.js';
import { permissionsFor } from './sync.js';
import type { Tree } from './trees.js';

const tree = (files: Record<string, string>): Tree =>
  new Map(Object.entries(files).map(([path, oid]) => [path, { mode: '100644', oid }]));

const target = parseSyncConfig(`targets:
  - repo: acme/one
    paths: ["shared/**", ".github/workflows/**"]
    exclude: ["**/*.test.ts"]
`).targets[0]!;

describe('planTarget', () => {
  it('plans only files in paths, reports excluded differences, keeps target-only files', () => {
    const plan = planTarget(target, {
      base: tree({ 'shared/a.ts': '1', 'shared/gone.ts': '1' }),
      source: tree({ 'shared/a.ts': '2', 'shared/a.test.ts': '9', 'other.ts': '5' }),
      target: tree({
        'shared/a.ts': '1',
        'shared/gone.ts': '1',
        'shared/mine.ts': '7',
        'shared/a.test.ts': '8',
      }),
    });
    expect(plan.files.map((f) => [f.path, f.decision.kind])).toEqual([
      ['shared/a.ts', 'take-source'],
      ['shared/gone.ts', 'keep-orphan'],
      ['shared/mine.ts', 'keep-target'],
    ]);
    expect(plan.untouchedByExclude).toEqual(['shared/a.test.ts']);
  });

  it('matches dot directories such as .github/workflows', () => {
    expect(touchesWorkflows(target, [tree({ '.github/workflows/ci.yml': '1' })])).toBe(true);
    expect(
      touchesWorkflows({ ...target, paths: ['shared/**'] }, [
        tree({ '.github/workflows/ci.yml': '1' }),
      ]),
    ).toBe(false);
  });
});

describe('permissionsFor', () => {
  const source = { tree: tree({ '.github/workflows/ci.yml': '1', 'shared/a.ts': '1' }) };
  const base = { dryRun: false, rollback: false, onConflict: 'pr-with-markers' as const };
  it('asks for workflows and issues only when needed, read-only in a dry run', () => {
    expect(permissionsFor(target, source, base)).toEqual({
      contents: 'write',
      pull_requests: 'write',
      workflows: 'write',
    });
    expect(
      permissionsFor({ ...target, paths: ['shared/**'] }, source, { ...base, onConflict: 'issue' }),
    ).toEqual({
      contents: 'write',
      pull_requests: 'write',
      issues: 'write',
    });
    expect(
      permissionsFor({ ...target, createPr: false, paths: ['shared/**'] }, source, base),
    ).toEqual({ contents: 'write' });
    expect(permissionsFor(target, source, { ...base, dryRun: true })).toEqual({ contents: 'read' });
  });
});
