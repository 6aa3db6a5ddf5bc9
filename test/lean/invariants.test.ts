/**
 * The Lean statements of lean/Kintsugi/*.lean held against the real implementations: every vector of
 * lean/vectors.json (which Lean itself checks in Vectors.lean), then random properties mirroring the
 * theorems. A module that is missing skips its part loudly instead of passing quietly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { POINTS } from './lean-model.js';
import {
  LEAN_DIR,
  buildVectors,
  seeded,
  vectorsJson,
  vectorsLean,
  type Vectors,
} from './vectors.js';

async function load<T>(specifier: string, what: string): Promise<T | undefined> {
  try {
    return (await import(specifier)) as T;
  } catch (error) {
    console.warn(
      `⚠ ${what} (${specifier}) is missing: its Lean invariants are SKIPPED (${(error as Error).message})`,
    );
    return undefined;
  }
}

type ScoreModule = typeof import('../../src/risk/score.js');
type ClassifyModule = typeof import('../../src/flaky/classify.js');
type SyncModule = typeof import('../../src/sync/three-way.js');

const risk = await load<ScoreModule>('../../src/risk/score.js', 'scoreFindings/decide');
const flaky = await load<ClassifyModule>('../../src/flaky/classify.js', 'classifyAttempts');
const sync = await load<SyncModule>('../../src/sync/three-way.js', 'decideFile');

const vectors = JSON.parse(readFileSync(path.join(LEAN_DIR, 'vectors.json'), 'utf8')) as Vectors;
const random = seeded(2026);
const int = (n: number) => Math.floor(random() * n);
const SEVERITIES = Object.keys(POINTS) as (keyof typeof POINTS)[];
const randomFindings = () =>
  Array.from({ length: int(15) }, () => ({ severity: SEVERITIES[int(5)]! }));

describe('lean/ vectors are what the Lean definitions give', () => {
  it('vectors.json and Vectors.lean are regenerated from the Lean model (npx tsx test/lean/vectors.ts --write)', async () => {
    const fresh = buildVectors();
    expect(readFileSync(path.join(LEAN_DIR, 'vectors.json'), 'utf8')).toBe(
      await vectorsJson(fresh),
    );
    expect(readFileSync(path.join(LEAN_DIR, 'Kintsugi', 'Vectors.lean'), 'utf8')).toBe(
      vectorsLean(fresh),
    );
  });

  it("the weights stated in Risk.lean are the model's", () => {
    const lean = readFileSync(path.join(LEAN_DIR, 'Kintsugi', 'Risk.lean'), 'utf8');
    const stated = Object.fromEntries(
      [...lean.matchAll(/^\s+\| \.(\w+) => (\d+)$/gm)]
        .filter((m) => m[1]! in POINTS)
        .map((m) => [m[1], Number(m[2])]),
    );
    expect(stated).toEqual(POINTS);
  });
});

describe.skipIf(!risk)('risk score and decision (Kintsugi/Risk.lean)', () => {
  it(`agrees with every vector (${vectors.score.length} scores, ${vectors.decision.length} decisions)`, () => {
    for (const v of vectors.score)
      expect(
        risk!.scoreFindings(v.findings.map((severity) => ({ severity }))),
        v.findings.join(','),
      ).toBe(v.score);
    for (const v of vectors.decision) expect(risk!.decide(v.score, v)).toBe(v.decision);
    expect(risk!.SEVERITY_POINTS).toEqual(POINTS);
  });

  it('score_le_100, score_mono_insert, decision_monotone on 2,000 random cases', () => {
    for (let i = 0; i < 2000; i++) {
      const findings = randomFindings();
      const score = risk!.scoreFindings(findings);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      const at = int(findings.length + 1);
      const more = [
        ...findings.slice(0, at),
        { severity: SEVERITIES[int(5)]! },
        ...findings.slice(at),
      ];
      const bigger = risk!.scoreFindings(more);
      expect(bigger).toBeGreaterThanOrEqual(score);
      const thresholds = { approveBelow: int(101), deployBelow: int(102), blocked: random() < 0.1 };
      const rank = (s: number) => risk!.DECISION_RANK[risk!.decide(s, thresholds)];
      expect(rank(bigger)).toBeGreaterThanOrEqual(rank(score));
    }
  });
});

describe.skipIf(!flaky)('flaky classification (Kintsugi/Flaky.lean)', () => {
  it(`agrees with every vector (${vectors.classify.length}: all attempt lists up to 3 long)`, () => {
    for (const v of vectors.classify)
      expect(flaky!.classifyAttempts(v.attempts), v.attempts.join(',')).toBe(v.verdict);
  });

  it('flaky_has_pass, failed_iff, never_flaky_and_failed on 2,000 random cases', () => {
    const statuses = ['passed', 'failed', 'skipped'] as const;
    for (let i = 0; i < 2000; i++) {
      const attempts = Array.from({ length: int(8) }, () => statuses[int(3)]!);
      const verdict = flaky!.classifyAttempts(attempts);
      if (verdict === 'flaky') expect(attempts).toContain('passed');
      expect(verdict === 'failed').toBe(
        attempts.includes('failed') && !attempts.includes('passed'),
      );
    }
  });
});

describe.skipIf(!sync)('3-way sync (Kintsugi/Sync.lean)', () => {
  const v = (n: number | null) => (n === null ? null : `content ${n}`);
  it(`agrees with every vector (${vectors.sync.length}: every base/ours/theirs over 3 contents and absence)`, () => {
    for (const x of vectors.sync) {
      const decision = sync!.decideFile(
        { base: v(x.base), ours: v(x.ours), theirs: v(x.theirs) },
        { deleteOrphaned: x.deleteOrphaned },
      );
      expect(decision.kind, JSON.stringify(x)).toBe(x.decision);
    }
  });

  it('target_only_change_kept and source_unchanged_keeps_target on 2,000 random cases', () => {
    for (let i = 0; i < 2000; i++) {
      const pickVersion = () => (random() < 0.2 ? null : `text ${int(4)}`);
      const base = pickVersion();
      const ours = pickVersion();
      const versions = { base, ours, theirs: base };
      const decision = sync!.decideFile(versions, { deleteOrphaned: random() < 0.5 });
      expect(['unchanged', 'keep-target']).toContain(decision.kind);
      if (ours !== base) expect(decision.kind).toBe('keep-target');
      expect(sync!.decidedVersion(decision, versions)).toBe(ours);
    }
  });
});
