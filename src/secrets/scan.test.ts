import { describe, expect, it } from 'vitest';
import { plantedSecrets } from './corpus.js';
import { SECRET_RULES } from './rules.js';
import { redactSecrets, redactionMarker, scanSecrets } from './scan.js';

/** Best of three: the machine is shared, the minimum is the least disturbed measurement. */
function timeMs(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('scanSecrets', () => {
  it('every rule regex is global with indices, so matchAll and group offsets work', () => {
    for (const rule of SECRET_RULES) {
      expect(rule.regex.flags, rule.id).toContain('g');
      expect(rule.regex.flags, rule.id).toContain('d');
      expect(rule.id).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('keeps the name of an assignment readable and replaces only the value', () => {
    const secret = plantedSecrets(7).find((p) => p.rule === 'aws-secret-access-key')!.secret;
    expect(redactSecrets(`aws_secret_access_key = ${secret}\nnext`).text).toBe(
      `aws_secret_access_key = ${redactionMarker('aws-secret-access-key')}\nnext`,
    );
  });

  it('redacts a multi-line PEM key as one finding and leaves the surrounding lines', () => {
    const pem = plantedSecrets(3).find((p) => p.rule === 'private-key')!.secret;
    const { text, findings } = redactSecrets(`before\n${pem}\nafter`);
    expect(text).toBe('before\n[REDACTED:private-key]\nafter');
    expect(findings).toMatchObject([{ rule: 'private-key', line: 2, column: 1 }]);
  });

  it('stays linear on adversarial input: each case within a small ratio of ordinary text of the same size', () => {
    const planted = plantedSecrets(11);
    const ordinary = Array.from({ length: 4_000 }, (_, i) =>
      i % 100 === 0
        ? planted[i / 100]!.text
        : `  at run (/home/runner/work/r/src/f${i}.ts:${i}:7) token ok`,
    ).join('\n');
    const size = ordinary.length;
    const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
    const adversarial: Record<string, string> = {
      'BEGIN without END': fill('-----BEGIN RSA PRIVATE KEY-----\n'),
      'assignments on one line': fill('password=password='),
      'JWT-like prefixes': fill('eyJabcdefghij.'),
      'URL credential prefixes': fill('https://a:b'),
      'one long run': fill('a'),
      'dashes after sk-': `sk-${fill('a-')}`,
      'base64 blob': fill('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo='),
    };
    const reference = Math.max(
      timeMs(() => scanSecrets(ordinary)),
      1,
    );
    const ratios = Object.entries(adversarial).map(([name, text]) => {
      const ratio = timeMs(() => scanSecrets(text)) / reference;
      return { name, ratio };
    });
    console.log(
      `secret scan, ${size} chars: ordinary ${reference.toFixed(1)} ms; adversarial/ordinary: ` +
        ratios.map((r) => `${r.name} ${r.ratio.toFixed(2)}x`).join(', '),
    );
    for (const { name, ratio } of ratios) expect(ratio, name).toBeLessThan(25);
  });
});
