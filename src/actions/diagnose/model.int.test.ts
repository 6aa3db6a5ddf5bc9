import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  startFakeAnthropic,
  toolReply,
  type FakeAnthropic,
} from '../../../test/support/fake-anthropic.js';
import type { DiagnoseReport } from '../../diagnose/report.js';
import { executeAction } from '../../platform/action.js';
import { localIO } from '../../platform/local-io.js';
import { silentLogger } from '../../platform/logger.js';
import { run } from './main.js';

const LOG =
  [
    '> tsc -p .',
    "src/cart.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.",
    'exit 2',
  ].join('\n') + '\n';

describe('diagnose with a model (fake Anthropic API)', () => {
  let dir: string;
  let model: FakeAnthropic;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-diagnose-model-'));
    await writeFile(path.join(dir, 'build.log'), LOG);
    await writeFile(path.join(dir, 'cart.ts'), 'x\n');
  });
  afterEach(async () => {
    await model.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function diagnose() {
    const io = localIO('diagnose', {
      inputs: { logs: 'build.log', 'anthropic-api-key': 'sk-ant-test', 'token-budget': '8000' },
      env: { GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir, ANTHROPIC_BASE_URL: model.url },
      logger: silentLogger,
    });
    return { outcome: await executeAction(run, io), io };
  }

  const reply = (line: number, text?: string) =>
    toolReply({
      rootCause: 'cart.ts assigns a string to the numeric total',
      category: 'type-check',
      evidence: [{ file: 'build.log', line, ...(text ? { text } : {}) }],
      suggestedFix: 'Parse the price with Number() before adding it.',
      confidence: 0.9,
    });

  it('uses a reply whose evidence is in the log', async () => {
    model = await startFakeAnthropic({ replies: [reply(2, 'error TS2322')] });
    const { outcome, io } = await diagnose();
    const report = outcome.report as DiagnoseReport;
    expect(report.llm).toMatchObject({
      used: true,
      rootCause: 'cart.ts assigns a string to the numeric total',
    });
    expect(report.audit.tokensIn).toBeGreaterThan(0);
    expect(io.summaries[0]).toContain('Suggested fix');
    // The log went to the model as framed, untrusted data.
    expect(JSON.stringify(model.requests[0]!.body)).toContain('error TS2322');
    model.assertAllRepliesUsed();
  });

  it('voids a reply citing a line the log does not have, keeps the heuristic result and says so', async () => {
    model = await startFakeAnthropic({ replies: [reply(99)] });
    const { outcome, io } = await diagnose();
    const report = outcome.report as DiagnoseReport;
    expect(report.llm).toMatchObject({
      used: false,
      rejected: 'evidence cites line 99 of build.log, which has 3 lines',
    });
    expect(report.category).toBe('type-check');
    expect(report.excerpts[0]!.startLine).toBe(2);
    expect(io.summaries[0]).toContain("The model's reply was not used");
  });

  it('voids a reply quoting text that is not on the cited line', async () => {
    model = await startFakeAnthropic({ replies: [reply(1, 'error TS2322')] });
    const report = (await diagnose()).outcome.report as DiagnoseReport;
    expect(report.llm?.used).toBe(false);
    expect(report.llm?.rejected).toMatch(/evidence line 1 of build.log does not say/);
  });
});
