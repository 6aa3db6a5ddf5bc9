import { describe, expect, it } from 'vitest';
import { mergedJunitXml } from './junit-writer.js';
import { parseReport } from './parsers/registry.js';
import { buildReport } from './verdict.js';

const report = buildReport({
  framework: 'vitest',
  started: Date.now(),
  reruns: 3,
  quarantine: ['known & "odd" <one>'],
  tests: [
    {
      ref: { name: 'passes', classname: 'suite' },
      attempts: [{ status: 'passed', seconds: 0.1, run: 0 }],
      failureTexts: [],
    },
    {
      ref: { name: 'flaky <b> & "c"', classname: 'suite', file: 'a.test.ts' },
      attempts: [
        { status: 'failed', seconds: 0.2, message: 'connect ECONNRESET', run: 0 },
        { status: 'passed', seconds: 0.1, run: 1, isolated: true },
      ],
      failureTexts: ['connect ECONNRESET'],
    },
    {
      ref: { name: 'real', classname: 'suite' },
      attempts: [0, 1, 2, 3].map((run) => ({
        status: 'failed' as const,
        seconds: 0.1,
        message: 'expected 1 to be 2',
        run,
      })),
      failureTexts: ['expected 1 to be 2'],
    },
    {
      ref: { name: 'known & "odd" <one>', classname: 'other' },
      attempts: [
        { status: 'failed', seconds: 0.1, message: 'x', run: 0 },
        { status: 'failed', seconds: 0.1, message: 'x', run: 1 },
      ],
      failureTexts: ['x'],
    },
  ],
});

describe('merged JUnit XML', () => {
  it('reads back through our own JUnit reader with the same verdicts (surefire flakyFailure/rerunFailure)', () => {
    const xml = mergedJunitXml(report);
    expect(xml).toContain('<flakyFailure message="connect ECONNRESET"');
    expect(xml).toContain('<rerunFailure message="expected 1 to be 2"');
    const back = parseReport(xml, 'merged.xml');
    const status = Object.fromEntries(back.cases.map((c) => [c.name, c.status]));
    expect(status).toEqual({
      passes: 'passed',
      'flaky <b> & "c"': 'flaky',
      real: 'failed',
      'known & "odd" <one>': 'skipped',
    });
    expect(back.cases.find((c) => c.name === 'real')?.attempts).toHaveLength(4);
  });

  it('is what the report says: counts, quarantine and signature', () => {
    expect(report.summary).toMatchObject({
      tests: 4,
      passed: 1,
      flaky: 1,
      failed: 1,
      quarantined: 1,
    });
    expect(report.verdict).toBe('failed');
    expect(mergedJunitXml(report)).toContain(
      '<property name="kintsugi.signature" value="network"/>',
    );
  });
});
