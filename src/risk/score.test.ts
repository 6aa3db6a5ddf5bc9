import { describe, expect, it } from 'vitest';
import {
  DECISION_RANK,
  decide,
  riskLevel,
  scoreFindings,
  SEVERITIES,
  type Severity,
} from './score.js';

const f = (...severities: Severity[]) => severities.map((severity) => ({ severity }));

describe('scoreFindings', () => {
  it('sums the points of each severity', () => {
    expect(scoreFindings([])).toBe(0);
    expect(scoreFindings(f('critical'))).toBe(30);
    expect(scoreFindings(f('high', 'medium', 'low', 'info'))).toBe(15 + 7 + 3 + 1);
  });

  it('caps the sum at 100', () => {
    expect(scoreFindings(f('critical', 'critical', 'critical', 'high'))).toBe(100);
    expect(scoreFindings(f(...Array<Severity>(1000).fill('critical')))).toBe(100);
  });

  it('never falls when a finding is added, and stays within 0..100 (random lists)', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 300; round++) {
      const list = f(...Array.from({ length: next() % 12 }, () => SEVERITIES[next() % 5]!));
      const before = scoreFindings(list);
      const after = scoreFindings([...list, { severity: SEVERITIES[next() % 5]! }]);
      expect(before).toBeGreaterThanOrEqual(0);
      expect(after).toBeLessThanOrEqual(100);
      expect(after).toBeGreaterThanOrEqual(before);
    }
  });
});

describe('decide', () => {
  const t = { approveBelow: 30, deployBelow: 40, blocked: false };
  it('approves below approve-below, deploys below deploy-below, else review', () => {
    expect(decide(29, t)).toBe('approve');
    expect(decide(30, t)).toBe('deploy');
    expect(decide(39, t)).toBe('deploy');
    expect(decide(40, t)).toBe('review');
    expect(decide(100, t)).toBe('review');
  });

  it('blocks whatever the score when a deny policy fired', () => {
    expect(decide(0, { ...t, blocked: true })).toBe('block');
  });

  it('is monotone in the score', () => {
    for (let s = 0; s < 100; s++) {
      expect(DECISION_RANK[decide(s + 1, t)]).toBeGreaterThanOrEqual(DECISION_RANK[decide(s, t)]);
    }
  });

  it('names the risk level the label shows', () => {
    expect([riskLevel(0, t), riskLevel(30, t), riskLevel(40, t)]).toEqual([
      'low',
      'medium',
      'high',
    ]);
  });
});
