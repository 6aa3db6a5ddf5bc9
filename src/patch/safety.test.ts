import { describe, expect, it } from 'vitest';
import { checkPatch, pathRefusal, scoreRisk, type SafetyPolicy } from './safety.js';
import type { FileChange } from './workspace.js';

const policy: SafetyPolicy = { maxDiffLines: 200, allowedPaths: [], deniedPaths: [] };
const modified = (path: string, before: string, after: string): FileChange => ({
  path,
  status: 'modified',
  before,
  after,
});

function reasons(changes: FileChange[], p: SafetyPolicy = policy): string[] {
  const verdict = checkPatch(changes, p, 'model');
  return verdict.accepted ? [] : verdict.reasons;
}

describe('pathRefusal', () => {
  it('refuses workflows, .git, escapes, denied and not-allowed paths', () => {
    expect(pathRefusal('.github/workflows/ci.yml', policy)).toMatch(/is a workflow/);
    expect(pathRefusal('.git/config', policy)).toMatch(/inside \.git/);
    expect(pathRefusal('vendor/lib/.git/HEAD', policy)).toMatch(/inside \.git/);
    expect(pathRefusal('../outside.txt', policy)).toMatch(/outside the workspace/);
    expect(pathRefusal('/etc/passwd', policy)).toMatch(/outside the workspace/);
    expect(pathRefusal('secrets/prod.env', { ...policy, deniedPaths: ['secrets/**'] })).toMatch(
      /denied-paths/,
    );
    expect(pathRefusal('docs/x.md', { ...policy, allowedPaths: ['src/**'] })).toMatch(
      /outside allowed-paths/,
    );
    expect(pathRefusal('src/a.ts', { ...policy, allowedPaths: ['src/**'] })).toBeUndefined();
    expect(pathRefusal('.github/dependabot.yml', policy)).toBeUndefined();
  });
});

describe('checkPatch', () => {
  it('refuses skipped or focused tests in every framework it knows', () => {
    const cases = [
      ["  it('works', () => {", "  it.skip('works', () => {"],
      ["  it('works', () => {", "  it.only('works', () => {"],
      ["  it('works', () => {", "  xit('works', () => {"],
      ["describe('x', () => {", "xdescribe('x', () => {"],
      ['def test_total():', '@pytest.mark.skip\ndef test_total():'],
      ['func TestTotal(t *testing.T) {', 'func TestTotal(t *testing.T) {\n\tt.Skip("later")'],
      ['#[test]\nfn total() {', '#[test]\n#[ignore]\nfn total() {'],
      ['@Test\nvoid total() {', '@Disabled\n@Test\nvoid total() {'],
    ];
    for (const [before, after] of cases) {
      expect(reasons([modified('tests/total.test.ts', before!, after!)]).join()).toMatch(
        /skips or focuses tests/,
      );
    }
  });

  it('refuses deleting a test file or removing tests from one', () => {
    expect(
      reasons([{ path: 'src/cart.test.ts', status: 'deleted', before: "it('a', () => {});\n" }]),
    ).toContain('src/cart.test.ts: deletes a test file');
    const before = "it('a', () => {});\nit('b', () => {});\n";
    expect(reasons([modified('src/cart.test.ts', before, "it('a', () => {});\n")])).toContain(
      'src/cart.test.ts: removes tests',
    );
    expect(
      reasons([
        modified(
          'src/cart.test.ts',
          before,
          "it('a', () => {});\nit('b', () => { expect(1).toBe(1); });\n",
        ),
      ]),
    ).toEqual([]);
  });

  it('refuses new TODO markers and secrets but not ones that were already there', () => {
    expect(reasons([modified('src/a.ts', 'x\n', 'x\n// TODO: later\n')])).toContain(
      'src/a.ts: adds a TODO/FIXME marker',
    );
    expect(reasons([modified('src/a.ts', '// FIXME old\nx\n', '// FIXME old\ny\n')])).toEqual([]);
    // Built at run time so that no scanner mistakes this test for a leak.
    const token = `const t = "${['ghp', 'Zq8XbV2mT4kLp9WnR7c' + 'Y1sHd3FgJ6uAeK0oQ'].join('_')}";\n`;
    expect(reasons([modified('src/a.ts', 'x\n', token)]).join()).toMatch(/adds a secret/);
  });

  it('caps the size, but not for lockfiles the package manager writes', () => {
    const big = Array.from({ length: 150 }, (_, k) => `line ${k}`).join('\n');
    expect(
      reasons([modified('src/a.ts', '', big)], { ...policy, maxDiffLines: 100 }).join(),
    ).toMatch(/more than max-diff-lines \(100\)/);
    expect(
      reasons([modified('package-lock.json', '', big)], { ...policy, maxDiffLines: 100 }),
    ).toEqual([]);
  });

  it('scores risk from who wrote it, size, spread and what it touches', () => {
    const small = [modified('src/a.ts', 'a\n', 'b\n')];
    expect(scoreRisk(small, 2, 'formatter')).toMatchObject({ score: 5, level: 'low' });
    expect(scoreRisk(small, 2, 'model').score).toBe(40);
    const wide = [
      modified('package.json', '', ''),
      modified('src/a.test.ts', '', ''),
      modified('src/b.ts', '', ''),
    ];
    expect(scoreRisk(wide, 150, 'model')).toMatchObject({
      score: 40 + 30 + 6 + 10 + 5,
      level: 'high',
    });
  });
});
