import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyAttempts, type AttemptStatus } from './classify.js';

const STATUSES: AttemptStatus[] = ['passed', 'failed', 'skipped'];
/** The vectors the Lean helper checks its proof against ("never both flaky and failed"). */
const VECTORS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../test/flaky/classify-vectors.json',
);

function allSequences(maxLength: number): AttemptStatus[][] {
  const out: AttemptStatus[][] = [[]];
  let frontier: AttemptStatus[][] = [[]];
  for (let n = 1; n <= maxLength; n++) {
    frontier = frontier.flatMap((seq) => STATUSES.map((s) => [...seq, s]));
    out.push(...frontier);
  }
  return out;
}

const LEAN_VECTORS = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../lean/vectors.json',
);

describe('classifyAttempts', () => {
  it('failed then passed is flaky; failed every time is failed', () => {
    expect(classifyAttempts(['failed', 'passed'])).toBe('flaky');
    expect(classifyAttempts(['failed', 'failed', 'failed', 'failed'])).toBe('failed');
    expect(classifyAttempts(['passed'])).toBe('passed');
    expect(classifyAttempts([])).toBe('skipped');
  });

  it('ignores skipped attempts unless they are all there is', () => {
    expect(classifyAttempts(['skipped', 'failed'])).toBe('failed');
    expect(classifyAttempts(['skipped', 'passed'])).toBe('passed');
    expect(classifyAttempts(['skipped', 'skipped'])).toBe('skipped');
  });

  it('a pass before a failure is flaky too (order does not matter)', () => {
    expect(classifyAttempts(['passed', 'failed'])).toBe('flaky');
  });

  it('is never both: flaky exactly when there is a pass and a failure, failed only without a pass', () => {
    for (const seq of allSequences(5)) {
      const verdict = classifyAttempts(seq);
      const passed = seq.includes('passed');
      const failed = seq.includes('failed');
      expect(verdict === 'flaky', seq.join(',')).toBe(passed && failed);
      expect(verdict === 'failed', seq.join(',')).toBe(failed && !passed);
    }
  });

  it('matches the vectors file the Lean proof is checked against (every sequence up to length 4)', () => {
    const vectors = allSequences(4).map((attempts) => ({
      attempts,
      verdict: classifyAttempts(attempts),
    }));
    const expected = { function: 'classifyAttempts', source: 'src/flaky/classify.ts', vectors };
    if (process.env.UPDATE_VECTORS === '1')
      writeFileSync(VECTORS, `${JSON.stringify(expected, null, 2)}\n`);
    expect(JSON.parse(readFileSync(VECTORS, 'utf8'))).toEqual(expected);
  });

  it.skipIf(!existsSync(LEAN_VECTORS))(
    'agrees with every classify vector the Lean model was checked on (lean/vectors.json)',
    () => {
      const lean = JSON.parse(readFileSync(LEAN_VECTORS, 'utf8')) as {
        classify?: { attempts: AttemptStatus[]; verdict: string }[];
      };
      expect(lean.classify?.length).toBeGreaterThan(10);
      for (const vector of lean.classify ?? [])
        expect(classifyAttempts(vector.attempts), vector.attempts.join(',')).toBe(vector.verdict);
    },
  );
});
