import { describe, expect, it } from 'vitest';
import { checkDemo } from '../../src/demo/checks.js';
import type { DemoResult } from '../../src/demo/render.js';

const failedJobs = ['format', 'lint', 'test'].map((name) => ({
  name,
  command: `npm run ${name}`,
  exitCode: 1,
  logFile: `${name}.txt`,
  seconds: 1,
}));

describe('the demo checks', () => {
  it('turn each stage that did not do its part into a problem (a non-zero exit)', () => {
    const patchedTheFlakyTest: DemoResult = {
      jobs: failedJobs,
      heal: {
        schemaVersion: 1,
        outcome: 'not-healed',
        message: 'could not heal',
        diagnosis: {
          category: 'lint',
          confidence: 0.5,
          summary: '',
          failingTests: [],
          tools: [],
          jobs: ['lint', 'test'],
        },
        flaky: { verdict: 'failed', flaky: [], realFailures: ['x'], reruns: 3 },
        patchedChecks: ['lint', 'test'],
      },
      seconds: 1,
      problems: [],
    };
    const problems = checkDemo(patchedTheFlakyTest);
    expect(problems).toEqual(
      expect.arrayContaining([
        'diagnose did not name the format failure',
        'diagnose did not name the flaky test (inventory: reserves stock...)',
        'the flaky check did not classify the inventory test flaky (verdict failed)',
        'the flaky test job was handed to patch',
        'the patch does not fix src/format.ts',
        'no green validation of npm run lint',
        'no PR on the GitHub stand-in',
        'no risk score',
        'the pipeline ended not-healed: could not heal',
      ]),
    );
  });
});
