import { describe, expect, it } from 'vitest';
import { compareWithBase, verdictFor } from './compare.js';
import type { DeclarationResult, DeclarationStatus } from './types.js';

const d = (name: string, status: DeclarationStatus): DeclarationResult => ({
  name,
  kind: 'theorem',
  file: 'A.lean',
  line: 1,
  endLine: 1,
  status,
});

describe('compareWithBase and verdictFor', () => {
  const base = [d('a', 'proved'), d('b', 'sorry'), d('c', 'proved'), d('e', 'error')];
  const head = [
    d('a', 'sorry'),
    d('b', 'sorry'),
    d('c', 'timeout'),
    d('e', 'proved'),
    d('f', 'sorry'),
  ];
  const comparison = compareWithBase('main', base, head);

  it('finds new sorries, newly broken and newly proved', () => {
    expect(comparison.newSorries.map((c) => c.name)).toEqual(['a', 'f']);
    expect(comparison.newlyBroken.map((c) => [c.name, c.before, c.after])).toEqual([
      ['c', 'proved', 'timeout'],
    ]);
    expect(comparison.newlyProved.map((c) => c.name)).toEqual(['e']);
  });

  it('fails according to fail-on', () => {
    expect(verdictFor('never', head, comparison).failed).toBe(false);
    expect(verdictFor('new-sorry', head, comparison)).toEqual({
      failed: true,
      reason: 'against main: 2 new sorry, 1 newly broken',
    });
    expect(
      verdictFor('new-sorry', base.slice(0, 3), compareWithBase('main', base, base)).failed,
    ).toBe(false);
    expect(verdictFor('error', [d('a', 'sorry')], undefined).failed).toBe(false);
    expect(verdictFor('sorry', [d('a', 'sorry')], undefined).failed).toBe(true);
    expect(verdictFor('new-sorry', [d('a', 'error')], undefined).reason).toMatch(/no base-ref/);
  });
});
