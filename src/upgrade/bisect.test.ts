import { describe, expect, it } from 'vitest';
import { findCulprits } from './bisect.js';

const letters = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));

function oracle(culprits: Set<string>) {
  return async (set: string[]) => !set.some((g) => culprits.has(g));
}

describe('findCulprits', () => {
  it('finds exactly the two culprits among eight, wherever they are, in at most 2*log2(8)+2 runs (with the full run)', async () => {
    const groups = letters(8);
    let worst = 0;
    for (let i = 0; i < 8; i++) {
      for (let j = i + 1; j < 8; j++) {
        const culprits = new Set([groups[i]!, groups[j]!]);
        const result = await findCulprits(groups, oracle(culprits));
        expect(new Set(result.culprits)).toEqual(culprits);
        expect(result.good.sort()).toEqual(groups.filter((g) => !culprits.has(g)));
        expect(result.goodVerified).toBe(true);
        // +1: the run of the full upgrade that failed before the bisect started.
        worst = Math.max(worst, result.runs.length + 1);
      }
    }
    expect(worst).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(8)) + 2);
  });

  it('finds a single culprit within the same bound', async () => {
    const groups = letters(16);
    for (const c of groups) {
      const result = await findCulprits(groups, oracle(new Set([c])));
      expect(result.culprits).toEqual([c]);
      expect(result.goodVerified).toBe(true);
      expect(result.runs.length + 1).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(16)) + 2);
    }
  });

  it('finds any three culprits among eight and proposes only a tested set', async () => {
    const groups = letters(8);
    for (let i = 0; i < 8; i++)
      for (let j = i + 1; j < 8; j++)
        for (let k = j + 1; k < 8; k++) {
          const culprits = new Set([groups[i]!, groups[j]!, groups[k]!]);
          const result = await findCulprits(groups, oracle(culprits));
          expect(new Set(result.culprits)).toEqual(culprits);
          expect(result.goodVerified).toBe(true);
          const last = result.runs.filter((r) => r.passed).at(-1);
          expect(last?.groups.slice().sort()).toEqual(result.good.slice().sort());
        }
  });

  it('handles every group being a culprit', async () => {
    const groups = letters(4);
    const result = await findCulprits(groups, oracle(new Set(groups)));
    expect(result.culprits).toEqual(groups);
    expect(result.good).toEqual([]);
  });

  it('stops instead of looping when the tests are not deterministic', async () => {
    let flip = false;
    await expect(
      findCulprits(letters(8), async () => (flip = !flip), { maxRuns: 5 }),
    ).resolves.toBeDefined();
  });
});
