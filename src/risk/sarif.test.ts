import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv as AjvInstance, Options, ValidateFunction } from 'ajv';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { assessRisk } from './assess.js';
import { parsePolicyFile } from './policy/rules.js';
import { SARIF_LIMITS, toSarif } from './sarif.js';
import type { Finding } from './types.js';

/**
 * The official SARIF 2.1.0 schema (sarif-2.1.0-rtm.5, the released 2.1.0), as shipped by
 * Microsoft's @microsoft/jest-sarif; draft-04, hence ajv-draft-04. Its `language` pattern is not
 * valid in Unicode mode, so patterns are compiled without the `u` flag.
 */
// Both are CommonJS with a `default` export; under ESM the default may sit one level down.
const AjvDraft04 = ((AjvDraft04Module as unknown as { default?: unknown }).default ??
  AjvDraft04Module) as new (options: Options) => AjvInstance;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (ajv: AjvInstance) => void;

function sarifValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

const DIFF = [
  'diff --git a/src/config.ts b/src/config.ts',
  '--- a/src/config.ts',
  '+++ b/src/config.ts',
  '@@ -1,1 +1,3 @@',
  ' export const a = 1;',
  "+export const key = 'AKIAIOSFODNN7EXAMPLF';",
  "+it.skip('later', () => {});",
  'diff --git a/.github/workflows/my ci.yml b/.github/workflows/my ci.yml',
  '--- a/.github/workflows/my ci.yml',
  '+++ b/.github/workflows/my ci.yml',
  '@@ -1 +1 @@',
  '-on: push',
  '+on: pull_request_target',
].join('\n');

const rules = parsePolicyFile(
  'p.yaml',
  'id: no-secrets\ndescription: No secrets\nseverity: critical\nexpression: size(signals.secrets) > 0\nmessage: secret\n',
);

describe('toSarif', () => {
  const validate = sarifValidator();

  it('validates against the SARIF 2.1.0 schema and meets GitHub code-scanning rules', async () => {
    const report = await assessRisk({
      diff: DIFF,
      policies: rules,
      mode: 'enforce',
      thresholds: { approveBelow: 30, deployBelow: 40 },
    });
    const sarif = toSarif(report);
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);

    const run = sarif.runs[0] as {
      tool: { driver: { rules: { id: string; properties: Record<string, unknown> }[] } };
      results: {
        ruleId: string;
        ruleIndex: number;
        locations: {
          physicalLocation: {
            artifactLocation: { uri: string; uriBaseId: string };
            region: { startLine: number };
          };
        }[];
      }[];
    };
    const driverRules = run.tool.driver.rules;
    expect(driverRules.length).toBeGreaterThan(0);
    for (const rule of driverRules)
      expect(rule.properties['security-severity']).toMatch(/^(10|\d)\.\d$/);
    expect(
      driverRules.find((r) => r.id === 'secret/aws-access-key-id')?.properties['security-severity'],
    ).toBe('9.5');
    for (const result of run.results) {
      const location = result.locations[0]!.physicalLocation;
      expect(location.artifactLocation.uri).not.toMatch(/^(\/|[a-z]+:)/);
      expect(location.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(driverRules[result.ruleIndex]!.id).toBe(result.ruleId);
    }
    const uris = run.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain('.github/workflows/my%20ci.yml');
    expect(
      run.results.find((r) => r.ruleId === 'secret/aws-access-key-id')!.locations[0]!
        .physicalLocation.region.startLine,
    ).toBe(2);
  });

  it('caps results at 25,000, most severe first, and stays valid', async () => {
    const report = await assessRisk({
      diff: DIFF,
      policies: [],
      mode: 'enforce',
      thresholds: { approveBelow: 30, deployBelow: 40 },
    });
    const many: Finding[] = Array.from({ length: SARIF_LIMITS.maxResults + 500 }, (_, i) => ({
      ruleId: `static/r${i % 7}`,
      source: 'static',
      severity: i < 10 ? 'critical' : 'low',
      title: 't',
      message: `m${i}`,
      file: `src/f${i}.ts`,
      line: i + 1,
      scored: true,
    }));
    const sarif = toSarif({ ...report, findings: many });
    const results = (sarif.runs[0] as { results: { level: string }[] }).results;
    expect(results).toHaveLength(SARIF_LIMITS.maxResults);
    expect(results[0]!.level).toBe('error');
    expect(validate(sarif)).toBe(true);
  });

  it('never writes an absolute or parent-relative path', async () => {
    const report = await assessRisk({
      diff: DIFF,
      policies: [],
      mode: 'enforce',
      thresholds: { approveBelow: 30, deployBelow: 40 },
    });
    const odd: Finding[] = ['/etc/passwd', '../outside.ts', './src/ok.ts'].map((file) => ({
      ruleId: 'static/x',
      source: 'static',
      severity: 'low',
      title: 't',
      message: 'm',
      file,
      scored: true,
    }));
    const results = (
      toSarif({ ...report, findings: odd }).runs[0] as {
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }
    ).results;
    expect(results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'etc/passwd',
      'src/config.ts',
      'src/ok.ts',
    ]);
  });
});
