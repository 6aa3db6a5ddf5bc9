import { describe, expect, it } from 'vitest';
import { buildReport } from '../../flaky/verdict.js';
import { flakyAnnotations, flakySummary } from './summary.js';

const report = buildReport({
  framework: 'vitest',
  started: Date.now(),
  reruns: 2,
  tests: [
    {
      ref: { name: 'a | b', classname: '', file: '/ws/src/a.test.ts', line: 4 },
      attempts: [0, 1, 2].map((run) => ({
        status: 'failed' as const,
        seconds: 0.1,
        message: 'expected 1 to be 2',
        run,
      })),
      failureTexts: [],
    },
    {
      ref: { name: 'flaky one', classname: '', file: 'src/b.test.ts' },
      attempts: [
        { status: 'failed', seconds: 0.1, message: 'EADDRINUSE', run: 0 },
        { status: 'passed', seconds: 0.1, run: 1, isolated: true },
      ],
      failureTexts: ['listen EADDRINUSE: address already in use'],
    },
  ],
});

describe('flaky-rerun summary and annotations', () => {
  it('annotates real failures as errors at workspace-relative paths, flaky ones as notices', () => {
    expect(flakyAnnotations(report, '/ws')).toEqual([
      {
        level: 'error',
        title: 'a | b: failed all 3 attempts',
        message: 'expected 1 to be 2',
        file: 'src/a.test.ts',
        line: 4,
        relevance: 2,
      },
      {
        level: 'notice',
        title: 'flaky one: flaky (resource)',
        message: 'EADDRINUSE',
        file: 'src/b.test.ts',
        relevance: 1,
      },
    ]);
  });

  it('tables every failing test with attempts and signature; a | in a name cannot break the table', () => {
    const markdown = flakySummary(report).toMarkdown();
    expect(markdown).toContain('## flaky-rerun (vitest): failed');
    expect(markdown).toContain('| a \\| b | failed | ❌ ❌ ❌ | unknown |');
    expect(markdown).toContain('| flaky one | flaky | ❌ ✅ | resource |');
  });
});
