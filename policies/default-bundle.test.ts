import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeDocument } from '../src/risk/document.js';
import { defaultPolicyDirectory, loadPolicyBundle } from '../src/risk/policy/bundle.js';
import { testPolicyBundle } from '../src/risk/policy/test-cases.js';
import { runCli } from '../test/support/cli.js';

const DEFAULT_RULES = [
  'production-needs-human-approval',
  'no-secrets-in-diff',
  'codeql-must-pass',
  'no-todo-in-bot-code',
  'all-commits-signed',
];

describe('the default policy bundle', () => {
  it('carries the five rules of the issue, all deny', async () => {
    const bundle = await loadPolicyBundle(defaultPolicyDirectory());
    expect(bundle.rules.map((r) => r.id).sort()).toEqual([...DEFAULT_RULES].sort());
    expect(bundle.rules.every((r) => r.action === 'deny')).toBe(true);
  });

  it('each rule fires on its fire cases and stays quiet on its quiet cases', async () => {
    const report = testPolicyBundle(await loadPolicyBundle(defaultPolicyDirectory()));
    expect(report.failed).toBe(0);
    for (const id of DEFAULT_RULES) {
      const cases = report.cases.filter((c) => c.ruleId === id);
      expect(
        cases.some((c) => c.kind === 'fire' && c.passed),
        `${id} fires`,
      ).toBe(true);
      expect(
        cases.some((c) => c.kind === 'quiet' && c.passed),
        `${id} stays quiet`,
      ).toBe(true);
    }
  });

  it('a document with nothing wrong fires no rule (an offline diff with no facts)', async () => {
    const bundle = await loadPolicyBundle(defaultPolicyDirectory());
    const fired = bundle.rules.filter((r) => {
      const result = r.evaluate(completeDocument({}));
      return !result.ok || result.value;
    });
    expect(fired.map((r) => r.id)).toEqual([]);
  });
});

describe('kintsugi policy test', () => {
  it('runs the default bundle’s cases and exits 0', async () => {
    const { code, stdout } = await runCli(['policy', 'test']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^5 rules, bundle sha256 [0-9a-f]{64}$/m);
    expect(stdout).toMatch(/^\d+ passed, 0 failed$/m);
    for (const id of DEFAULT_RULES) expect(stdout).toContain(`ok   ${id} fire #1`);
  });

  it('exits 1 naming the case when a rule does not do what its cases say', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-policy-cli-'));
    await writeFile(
      path.join(dir, 'r.yaml'),
      'id: never-fires\ndescription: d\nseverity: low\nexpression: "false"\nmessage: m\ntests:\n  fire: [{}]\n  quiet: [{}]\n',
    );
    const { code, stdout } = await runCli(['policy', 'test', '--policies', dir]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'FAIL never-fires fire #1: expected the rule to fire; it stayed quiet',
    );
  });

  it('exits 2 with the file, line and rule id for an invalid policy file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-policy-cli-'));
    await writeFile(
      path.join(dir, 'r.yaml'),
      'id: bad\ndescription: d\nseverity: low\nexpression: "pr.title ==="\nmessage: m\n',
    );
    const { code, stderr } = await runCli(['policy', 'test', '--policies', dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: .*r\.yaml:4: rule "bad": expression does not compile/);
  });

  it('digest prints the value to pin, and a wrong pin is refused', async () => {
    const bundle = await loadPolicyBundle(defaultPolicyDirectory());
    expect((await runCli(['policy', 'digest'])).stdout).toBe(`${bundle.digest}\n`);
    const refused = await runCli(['policy', 'test', '--policies-sha256', 'f'.repeat(64)]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`has digest ${bundle.digest}; refusing a bundle that differs`);
  });
});
