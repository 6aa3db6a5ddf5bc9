import { describe, expect, it } from 'vitest';
import { isMassFailure } from './rerun.js';

describe('max-failures', () => {
  it('a count is exact: more failures than it is a mass failure', () => {
    expect(isMassFailure({ kind: 'count', value: 3 }, 3, 10)).toBe(false);
    expect(isMassFailure({ kind: 'count', value: 3 }, 4, 10)).toBe(true);
    expect(isMassFailure({ kind: 'count', value: 0 }, 1, 10)).toBe(true);
  });

  it('a percentage counts against the suite, but a handful of failures in a small suite is not mass', () => {
    expect(isMassFailure({ kind: 'percent', value: 10 }, 1, 5)).toBe(false);
    expect(isMassFailure({ kind: 'percent', value: 10 }, 5, 6)).toBe(false);
    expect(isMassFailure({ kind: 'percent', value: 10 }, 6, 50)).toBe(true);
    expect(isMassFailure({ kind: 'percent', value: 10 }, 40, 500)).toBe(false);
    expect(isMassFailure({ kind: 'percent', value: 10 }, 51, 500)).toBe(true);
  });
});
