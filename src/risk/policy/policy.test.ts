import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../platform/errors.js';
import { completeDocument } from '../document.js';
import { bundleDigest, loadPolicyBundle } from './bundle.js';
import { compileExpression, EXPRESSION_LIMITS } from './cel.js';
import { evaluatePolicies } from './evaluate.js';
import { parsePolicyFile } from './rules.js';
import { testPolicyBundle } from './test-cases.js';

const RULE = (over: Record<string, string> = {}) =>
  Object.entries({
    id: 'r1',
    description: 'd',
    severity: 'high',
    expression: 'size(signals.secrets) > 0',
    message: 'm',
    action: 'deny',
    ...over,
  })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');

function problem(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parsePolicyFile: bad input names the file, the line and the rule', () => {
  it('an invalid value points at its own line', () => {
    const text = `rules:\n  - id: ok-rule\n    description: fine\n    severity: low\n    expression: "true"\n    message: m\n  - id: bad-rule\n    description: d\n    severity: urgent\n    expression: "true"\n    message: m\n`;
    expect(problem(() => parsePolicyFile('policies/x.yaml', text))).toBe(
      'policies/x.yaml:9: rule "bad-rule": severity "urgent" is not one of critical | high | medium | low | info',
    );
  });

  it('an expression that does not compile', () => {
    const message = problem(() =>
      parsePolicyFile('p.yaml', RULE({ id: 'broken', expression: '"size(signals.secrets) >"' })),
    );
    expect(message).toMatch(/^p\.yaml:4: rule "broken": expression does not compile: at 1:\d+/);
  });

  it('an unknown name or function', () => {
    expect(
      problem(() => parsePolicyFile('p.yaml', RULE({ expression: 'signal.secrets == 1' }))),
    ).toContain("unknown name 'signal'");
    expect(
      problem(() => parsePolicyFile('p.yaml', RULE({ expression: 'shout(pr.title)' }))),
    ).toContain("unknown function 'shout'");
  });

  it('YAML that does not parse, unknown keys, missing fields, bad ids', () => {
    expect(problem(() => parsePolicyFile('p.yaml', 'id: a\nexpression: [1,\nmessage: x'))).toMatch(
      /^p\.yaml:\d+: not valid YAML/,
    );
    expect(problem(() => parsePolicyFile('p.yaml', `${RULE()}\nseverity_level: high`))).toBe(
      'p.yaml:7: rule "r1": unknown key "severity_level"; accepted: id, description, severity, expression, message, action, tests',
    );
    expect(problem(() => parsePolicyFile('p.yaml', RULE({ message: '""' })))).toBe(
      'p.yaml:5: rule "r1": "message" is required and must be a non-empty string',
    );
    expect(problem(() => parsePolicyFile('p.yaml', RULE({ id: 'Has Spaces' })))).toContain(
      'p.yaml:1: rule "Has Spaces": id must be',
    );
    expect(problem(() => parsePolicyFile('p.yaml', RULE({ action: 'block' })))).toBe(
      'p.yaml:6: rule "r1": action "block" is not one of deny | warn | audit',
    );
  });

  it('bounds the expression: length and comprehension nesting', () => {
    const long = `"${'true && '.repeat(300)}true"`;
    expect(problem(() => parsePolicyFile('p.yaml', RULE({ expression: long })))).toContain(
      `the limit is ${EXPRESSION_LIMITS.maxLength}`,
    );
    const nested = '"files.exists(a, files.exists(b, files.exists(c, a.path == c.path)))"';
    expect(problem(() => parsePolicyFile('p.yaml', RULE({ expression: nested })))).toContain(
      'nests 3 comprehensions',
    );
  });
});

describe('compileExpression', () => {
  it('evaluates over the completed document', () => {
    const run = compileExpression(
      "files.exists(f, f.path.startsWith('.github/')) && pr.base == 'main'",
    );
    expect(
      run(completeDocument({ files: [{ path: '.github/workflows/a.yml' }], pr: { base: 'main' } })),
    ).toMatchObject({ ok: true, value: true });
    expect(run(completeDocument({ files: [{ path: 'src/a.ts' }] }))).toMatchObject({
      ok: true,
      value: false,
    });
  });

  it('stops an evaluation that runs past its time bound and reports it', () => {
    const files = Array.from({ length: 1000 }, (_, i) => ({ path: `src/f${i}.ts` }));
    const slow = compileExpression("files.all(a, files.all(b, a.path != b.path + 'x'))");
    // The full cross product would take seconds and then return true; it is stopped instead.
    expect(slow(completeDocument({ files }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        new RegExp(
          `^evaluation stopped after \\d+ ms, over the ${EXPRESSION_LIMITS.evaluationBudgetMs} ms bound$`,
        ),
      ),
    });
  });

  it('reports a non-boolean result and a runtime error as errors', () => {
    expect(compileExpression('size(files)')(completeDocument({}))).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a boolean'),
    });
    expect(compileExpression('pr.nope == 1')(completeDocument({}))).toMatchObject({ ok: false });
  });
});

describe('evaluatePolicies', () => {
  const rules = [
    ...parsePolicyFile('a.yaml', RULE({ id: 'deny-secrets' })),
    ...parsePolicyFile(
      'b.yaml',
      RULE({
        id: 'warn-big',
        severity: 'low',
        action: 'warn',
        expression: 'signals.changedLines > 10',
      }),
    ),
    ...parsePolicyFile(
      'c.yaml',
      RULE({ id: 'crashes', severity: 'medium', action: 'warn', expression: 'pr.missing == 1' }),
    ),
  ];
  const doc = completeDocument({
    signals: { secrets: [{ file: 'a', line: 1 }], changedLines: 50 },
  });

  it('enforce mode: a deny that fires blocks and scores', () => {
    const outcome = evaluatePolicies(rules, doc, 'enforce');
    expect(outcome.blocked).toBe(true);
    expect(outcome.denied).toEqual(['deny-secrets']);
    expect(outcome.findings.map((f) => [f.ruleId, f.action, f.scored])).toEqual([
      ['policy/deny-secrets', 'deny', true],
      ['policy/warn-big', 'warn', true],
      ['policy/crashes', 'warn', true],
    ]);
  });

  it('shadow mode turns every deny into audit and says what it would have blocked', () => {
    const outcome = evaluatePolicies(rules, doc, 'shadow');
    expect(outcome.blocked).toBe(false);
    expect(outcome.denied).toEqual(['deny-secrets']);
    expect(outcome.findings[0]).toMatchObject({ action: 'audit', scored: false });
    expect(outcome.findings[1]).toMatchObject({ action: 'warn', scored: true });
  });

  it('a rule that cannot be evaluated counts as fired, with the error said', () => {
    const crashed = evaluatePolicies(rules, doc, 'enforce').results.find(
      (r) => r.ruleId === 'crashes',
    )!;
    expect(crashed.fired).toBe(true);
    expect(crashed.error).toBeDefined();
  });
});

describe('loadPolicyBundle', () => {
  async function bundle(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-policies-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
    return dir;
  }

  it('digests sorted paths and contents, and refuses a bundle whose digest differs', async () => {
    const dir = await bundle({
      'b.yaml': RULE({ id: 'b' }),
      'sub/a.yml': RULE({ id: 'a' }),
      'README.md': 'not a rule',
      '.hidden.yaml': 'ignored: true',
    });
    const loaded = await loadPolicyBundle(dir);
    expect(loaded.files).toEqual(['b.yaml', 'sub/a.yml']);
    expect(loaded.digest).toBe(
      bundleDigest([
        { file: 'sub/a.yml', content: Buffer.from(RULE({ id: 'a' })) },
        { file: 'b.yaml', content: Buffer.from(RULE({ id: 'b' })) },
      ]),
    );
    expect(
      (await loadPolicyBundle(dir, { expectedSha256: `sha256:${loaded.digest.toUpperCase()}` }))
        .rules,
    ).toHaveLength(2);
    await expect(loadPolicyBundle(dir, { expectedSha256: '0'.repeat(64) })).rejects.toThrow(
      new ConfigError(
        `Input policies-sha256 got "${'0'.repeat(64)}" but the bundle at ${dir} has digest ${loaded.digest}; refusing a bundle that differs from the pinned one`,
      ),
    );
  });

  it('a renamed file changes the digest', async () => {
    const one = await loadPolicyBundle(await bundle({ 'a.yaml': RULE() }));
    const two = await loadPolicyBundle(await bundle({ 'b.yaml': RULE() }));
    expect(one.digest).not.toBe(two.digest);
  });

  it('refuses duplicate rule ids, empty bundles and missing directories', async () => {
    await expect(
      loadPolicyBundle(await bundle({ 'a.yaml': RULE(), 'b.yaml': RULE() })),
    ).rejects.toThrow(/b\.yaml:1: rule "r1" is already defined at .*a\.yaml:1/);
    await expect(loadPolicyBundle(await bundle({ 'x.txt': '' }))).rejects.toThrow(
      /holds no \*\.yaml/,
    );
    await expect(loadPolicyBundle('/nonexistent/policies')).rejects.toThrow(ConfigError);
  });

  it('policy tests fail a rule that does not fire, stays quiet wrongly, or ships no case', async () => {
    const dir = await bundle({
      'a.yaml': `${RULE({ id: 'wrong' })}\ntests:\n  fire:\n    - signals: { secrets: [] }\n  quiet:\n    - signals: { secrets: [{ file: a }] }\n`,
      'b.yaml': RULE({ id: 'untested' }),
    });
    const report = testPolicyBundle(await loadPolicyBundle(dir));
    expect(report.failed).toBe(4);
    expect(report.cases.map((c) => c.problem)).toEqual([
      'expected the rule to fire; it stayed quiet',
      'expected the rule to stay quiet; it fired',
      expect.stringContaining('rule has no "fire" test case'),
      expect.stringContaining('rule has no "quiet" test case'),
    ]);
  });
});
