import { describe, expect, it } from 'vitest';
import { hardNegatives, plantedSecrets } from './corpus.js';
import { SECRET_RULES } from './rules.js';
import { redactSecrets, scanSecrets } from './scan.js';

describe('secret rule set on the generated corpus', () => {
  const planted = plantedSecrets(20261122, 3);
  const negatives = hardNegatives();

  it('has at least two real-format samples per rule, for every rule', () => {
    for (const rule of SECRET_RULES) {
      expect(planted.filter((p) => p.rule === rule.id).length, rule.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('finds and redacts every planted secret (recall 100%) and nothing in the hard negatives', () => {
    const missed: string[] = [];
    const perRule = new Map<string, { planted: number; found: number }>();
    for (const p of planted) {
      const stats = perRule.get(p.rule) ?? { planted: 0, found: 0 };
      stats.planted++;
      const { text, findings } = redactSecrets(p.text);
      const found = findings.some((f) => f.rule === p.rule) && !text.includes(p.secret);
      if (found) stats.found++;
      else
        missed.push(
          `${p.rule}: ${findings.map((f) => f.rule).join(',') || 'nothing'} in ${p.text.slice(0, 80)}`,
        );
      perRule.set(p.rule, stats);
    }
    const falsePositives = negatives.flatMap((n) =>
      scanSecrets(n.text).map(
        (f) => `${n.kind}: ${f.rule} in ${JSON.stringify(n.text.slice(0, 80))}`,
      ),
    );
    const recall = (planted.length - missed.length) / planted.length;
    console.log(
      [
        `secret corpus: ${planted.length} planted secrets over ${SECRET_RULES.length} rules, ${negatives.length} hard negatives`,
        `recall ${(recall * 100).toFixed(1)}% (${planted.length - missed.length}/${planted.length}); false positives ${falsePositives.length}/${negatives.length} negatives`,
        ...[...perRule].map(([rule, s]) => `  ${rule.padEnd(32)} ${s.found}/${s.planted}`),
      ].join('\n'),
    );
    expect(missed).toEqual([]);
    expect(falsePositives).toEqual([]);
  });

  it('reports line and column of each secret and a preview that does not contain it', () => {
    const token = planted.find((p) => p.rule === 'github-pat')!;
    const text = `first line\n  second ${token.text}`;
    const [finding] = scanSecrets(text);
    expect(finding).toMatchObject({ rule: 'github-pat', line: 2 });
    expect(text.split('\n')[1]!.slice(finding!.column - 1)).toMatch(/^ghp_/);
    expect(finding!.match).not.toContain(token.secret.slice(4, 12));
  });

  it('redacts a secret once, under its specific rule, when a generic rule also matches', () => {
    const npm = planted.find((p) => p.rule === 'npm-token')!;
    const { text, findings } = redactSecrets(`token=${npm.secret}`);
    expect(text).toBe('token=[REDACTED:npm-token]');
    expect(findings).toHaveLength(1);
  });
});
