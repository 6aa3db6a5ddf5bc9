import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runDemo } from '../../src/demo/demo.js';
import { renderTerminal } from '../../src/demo/render.js';

// `npm run demo` in process: the sample's real CI once, the root action's run() on the fake GitHub.
describe('npm run demo', () => {
  it('names the real failures, leaves the flaky test unpatched, fixes format and lint into a PR with a risk score', async () => {
    const { result, reports, directory } = await runDemo();
    expect(result.problems).toEqual([]);
    expect(result.heal.outcome).toBe('healed');
    expect(result.heal.diagnosis.jobs).toEqual(expect.arrayContaining(['format', 'lint', 'test']));
    expect(result.heal.flaky?.flaky.join()).toMatch(/reserves stock/);
    expect(result.heal.patchedChecks).toEqual(['format', 'lint']);
    expect(result.pullRequest?.files.sort()).toEqual(['src/cart.ts', 'src/format.ts']);
    const terminal = renderTerminal(result);
    expect(terminal).toMatch(/FAILED {2}format/);
    expect(terminal).toMatch(/score \d+\/100/);
    expect(readFileSync(reports.markdown, 'utf8')).toMatch(/# Kintsugi demo report/);
    expect(readFileSync(reports.html, 'utf8')).toMatch(/<h2>Risk \(risk-gate\)<\/h2>/);
    rmSync(directory, { recursive: true, force: true });
  }, 180_000);
});
