import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseLog } from '../analyse-log.js';
import { normaliseLine } from '../normalise.js';
import type { Category } from '../report.js';
import { ALL_PARSERS } from './registry.js';

const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../test/diagnose/fixtures',
);

/** What each tool's fixture (real output formats) must yield through the whole engine. */
const EXPECTED: Record<string, { category: Category; location?: string; test?: string }> = {
  tsc: { category: 'type-check', location: 'src/cart.ts:14:7' },
  eslint: { category: 'lint', location: '/home/runner/work/widgets/widgets/src/cart.js:12:7' },
  prettier: { category: 'lint', location: 'src/cart.ts:1' },
  vitest: { category: 'test', location: 'src/cart.test.ts:12:24', test: 'cart > adds two items' },
  jest: { category: 'test', location: 'src/cart.test.js:12:38', test: 'cart › adds two items' },
  mocha: { category: 'test', test: 'Cart' },
  'node-test': {
    category: 'test',
    location: '/home/runner/work/widgets/widgets/test/cart.test.js:8:1',
    test: 'cart adds two items',
  },
  npm: { category: 'dependency' },
  pytest: { category: 'test', location: 'tests/test_cart.py:12', test: 'test_add_items' },
  mypy: { category: 'type-check', location: 'src/widgets/cart.py:14' },
  ruff: { category: 'lint', location: 'src/widgets/cart.py:1:8' },
  flake8: { category: 'lint', location: 'src/widgets/cart.py:1:1' },
  go: { category: 'test', location: 'cart_test.go:12', test: 'TestAdd' },
  cargo: { category: 'compile', location: 'src/cart.rs:22:9' },
  maven: { category: 'test', test: 'com.acme.CartTest.addsTwoItems' },
  gradle: {
    category: 'compile',
    location: '/home/runner/work/widgets/widgets/app/src/main/kotlin/Cart.kt:22:9',
  },
  gcc: { category: 'compile', location: 'src/cart.c:22:9' },
  make: { category: 'config' },
  cmake: { category: 'config', location: 'CMakeLists.txt:12' },
  dotnet: { category: 'compile', location: '/home/runner/work/widgets/widgets/src/Cart.cs:22:13' },
  rspec: { category: 'test', location: 'spec/cart_spec.rb:12', test: 'Cart adds two items' },
  phpunit: {
    category: 'test',
    location: '/home/runner/work/widgets/widgets/tests/CartTest.php:12',
    test: 'Tests\\CartTest::testAddsTwoItems',
  },
  composer: { category: 'dependency' },
  docker: { category: 'config' },
  lean: { category: 'compile', location: 'Widgets/Cart.lean:22:4' },
  generic: { category: 'network' },
};

describe.each(ALL_PARSERS.map((p) => [p.id, p] as const))('log parser %s', (id, parser) => {
  const fixture = path.join(FIXTURES, 'parsers', `${id}.log`);
  const expected = EXPECTED[id];

  it('has a fixture and an expectation', () => {
    expect(existsSync(fixture)).toBe(true);
    expect(expected).toBeDefined();
  });

  it('reads an error line of its own fixture, and only well-formed locations', () => {
    const lines = readFileSync(fixture, 'utf8')
      .split('\n')
      .map((line) => normaliseLine(line).text);
    const findings = lines
      .map((line, i) =>
        parser.parseLine(line, {
          previousLines: (max) => lines.slice(Math.max(0, i - max), i).reverse(),
        }),
      )
      .filter((f) => f !== undefined);
    expect(findings.some((f) => f.weight >= 3 && f.tool === id)).toBe(true);
    for (const f of findings) {
      if (f.location) {
        expect(f.location.file).not.toBe('');
        expect(f.location.line).toBeGreaterThan(0);
      }
      if (f.failingTest) expect(f.failingTest.name.trim()).not.toBe('');
    }
  });

  it('leads the diagnosis of its fixture with the right category, location and failing test', async () => {
    const diagnosis = await analyseLog(fixture, `${id}.log`, { maxExcerptLines: 40 });
    expect(diagnosis.category).toBe(expected!.category);
    if (id !== 'generic') expect(diagnosis.tools[0]).toBe(id);
    expect(diagnosis.excerpts.length).toBeGreaterThan(0);
    if (expected!.location) {
      const shown = diagnosis.locations.map(
        (l) => `${l.file}:${l.line}${l.column ? `:${l.column}` : ''}`,
      );
      expect(shown).toContain(expected!.location);
    }
    if (expected!.test) expect(diagnosis.failingTests.map((t) => t.name)).toContain(expected!.test);
  });
});

describe('every parser together', () => {
  it('finds nothing in a passing log full of error words (0 errors, -Werror, error-prone)', async () => {
    const diagnosis = await analyseLog(path.join(FIXTURES, 'clean.log'), 'clean.log', {
      maxExcerptLines: 40,
    });
    expect(diagnosis.excerpts).toEqual([]);
    expect(diagnosis.category).toBe('unknown');
  });
});
