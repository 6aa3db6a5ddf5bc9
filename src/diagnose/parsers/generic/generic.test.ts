import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../../../test/support/shared-data.js';
import { normaliseLine } from '../../normalise.js';
import { GENERIC_RULES } from './index.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function lines(): string[] {
  const fixtures = path.join(here, '../../../../test/diagnose/fixtures/parsers');
  const files = readdirSync(fixtures).map((f) => path.join(fixtures, f));
  try {
    const root = path.join(sharedDataDir(), 'ci-logs', 'cidiff-breakages');
    for (const name of readdirSync(root)) {
      if (name.includes('_')) files.push(path.join(root, name, 'fail.log'));
    }
  } catch {
    // Without the corpora, the fixtures and the lines below.
  }
  return [
    'java.lang.IllegalStateException: boom',
    '  Error',
    'src/a.ts(3,4): error: x',
    'x ERROR: y',
    'Build FAILED.',
    ...files.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .map((l) => normaliseLine(l).text),
    ),
  ];
}

describe('the generic rules', () => {
  it("quick checks hold wherever their pattern matches (they only save the regex's time)", () => {
    const all = lines();
    const guarded = GENERIC_RULES.filter((r) => r.mayMatch);
    expect(guarded.length).toBeGreaterThanOrEqual(3);
    for (const rule of guarded) {
      let matched = 0;
      for (const line of all) {
        if (!rule.re.test(line)) continue;
        matched++;
        expect(rule.mayMatch!(line), `${rule.re.source} on ${JSON.stringify(line)}`).toBe(true);
      }
      expect(matched, rule.re.source).toBeGreaterThan(0);
    }
  });
});
