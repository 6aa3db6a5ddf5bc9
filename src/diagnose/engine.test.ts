import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseLog } from './analyse-log.js';
import { ALIGNED, baselineMarks, MOVED } from './baseline.js';
import { comparisonKey, normaliseLine } from './normalise.js';
import { scanLogFile } from './scan-file.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-diagnose-engine-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
async function log(name: string, text: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

describe('normaliseLine', () => {
  it('drops Actions timestamps, ANSI codes with and without ESC, and keeps the last \\r overwrite', () => {
    expect(
      normaliseLine('2024-05-01T10:00:00.1234567Z \x1b[31mFAIL\x1b[39m src/a.test.ts').text,
    ).toBe('FAIL src/a.test.ts');
    expect(normaliseLine('[[1;31mERROR[m] Failed to execute goal').text).toBe(
      '[ERROR] Failed to execute goal',
    );
    expect(normaliseLine('Progress 10%\rProgress 50%\rDone\r').text).toBe('Done');
    expect(normaliseLine('travis_fold:start:install\r[0Knpm ci').text).toBe('npm ci');
  });

  it('turns runner workflow commands into markers', () => {
    expect(
      normaliseLine('2024-05-01T10:00:00Z ##[error]Process completed with exit code 1.'),
    ).toEqual({
      text: 'Process completed with exit code 1.',
      marker: 'error',
    });
    expect(normaliseLine('##[group]Run npm test')).toEqual({
      text: 'Run npm test',
      marker: 'group',
    });
    expect(normaliseLine('build\tRun tests\t2024-05-01T10:00:00.1Z ok').text).toBe('ok');
  });

  it('compares lines without times, durations, ids, temp paths and hashes', () => {
    expect(
      comparisonKey(
        'Finished at 2024-05-01T10:00:03Z in 3.2s, id 1b4e28ba-2fa1-11d2-883f-0016d3cca427 /tmp/tmp.X1z/out commit 9fceb02d0ae598e95dc970b74767f19372d61af8',
      ),
    ).toBe(
      comparisonKey(
        'Finished at 2024-06-11T09:10:53Z in 12 ms, id 2c4e28ba-2fa1-11d2-883f-0016d3cca428 /tmp/tmp.Q9/out commit 1aceb02d0ae598e95dc970b74767f19372d61af9',
      ),
    );
    expect(comparisonKey('Tests run: 5, Failures: 1')).not.toBe(
      comparisonKey('Tests run: 5, Failures: 0'),
    );
  });
});

describe('scanLogFile', () => {
  it('numbers lines from 1 as on disk, counting \\n only, also across chunk boundaries', async () => {
    const lines = Array.from(
      { length: 500 },
      (_, i) => `line ${i + 1} progress\r${'x'.repeat(i % 50)}`,
    );
    lines[349] = 'src/a.c:3:5: error: expected ; before }';
    const file = await log('numbers.log', lines.join('\n'));
    for (const chunkBytes of [64, 1000, 1 << 20]) {
      const scan = await scanLogFile(file, { maxExcerptLines: 10, chunkBytes });
      expect(scan.lineCount).toBe(500);
      expect(scan.blocks.map((b) => b.startLine)).toEqual([350]);
    }
  });

  it('reads a line longer than its buffer in pieces, keeping line numbers', async () => {
    const file = await log('long.log', `${'x'.repeat(20 << 20)}\nsrc/a.c:1:1: error: boom\n`);
    const scan = await scanLogFile(file, { maxExcerptLines: 5 });
    expect(scan.lineCount).toBe(2);
    expect(scan.blocks.map((b) => b.startLine)).toEqual([2]);
  });

  it('ends the root cause at its last detail line and caps the excerpt', async () => {
    const file = await log(
      'trace.log',
      [
        'start',
        'java.lang.IllegalStateException: boom',
        '\tat a.B.c(B.java:1)',
        '\tat a.B.d(B.java:2)',
        '\tat a.B.e(B.java:3)',
        'next step',
      ].join('\n') + '\n',
    );
    const scan = await scanLogFile(file, { maxExcerptLines: 3 });
    expect(scan.blocks[0]).toMatchObject({
      startLine: 2,
      endLine: 5,
      lines: [
        'java.lang.IllegalStateException: boom',
        '\tat a.B.c(B.java:1)',
        '\tat a.B.d(B.java:2)',
      ],
    });
  });
});

describe('analyseLog ranking', () => {
  it('names the first cause, not the cascade after it', async () => {
    const file = await log(
      'cascade.log',
      [
        'gcc -c a.c',
        'a.c:3:5: error: unknown type name uint',
        'make: *** [Makefile:4: a.o] Error 1',
        '##[error]Process completed with exit code 2.',
      ].join('\n'),
    );
    const diagnosis = await analyseLog(file, 'cascade.log', { maxExcerptLines: 40 });
    expect(diagnosis.excerpts[0]).toMatchObject({
      startLine: 2,
      text: 'a.c:3:5: error: unknown type name uint',
    });
    expect(diagnosis.category).toBe('compile');
    expect(diagnosis.tools).toEqual(['gcc']);
  });

  it('calls a test failing on a timeout a flaky suspect', async () => {
    const file = await log(
      'flaky.log',
      [
        '  1) api',
        '       fetches users:',
        '     Error: Timeout of 2000ms exceeded. For async tests ensure done() is called',
        '  1 failing',
      ].join('\n'),
    );
    expect((await analyseLog(file, 'flaky.log', { maxExcerptLines: 40 })).category).toBe('timeout');
    const jest = await log(
      'flaky2.log',
      [' FAIL  src/api.test.ts', '  ● api › fetches users', '    socket hang up ECONNRESET'].join(
        '\n',
      ),
    );
    expect((await analyseLog(jest, 'flaky2.log', { maxExcerptLines: 40 })).category).toBe(
      'flaky-suspect',
    );
  });
});

describe('baselineMarks', () => {
  it('aligns the failing log on the passing one and marks only what is new as a possible cause', async () => {
    const pass = await log(
      'pass.log',
      ['setup 1.2s', 'Error: optional addon missing', 'compile', 'test a', 'test b', 'done'].join(
        '\n',
      ),
    );
    const fail = await log(
      'fail.log',
      [
        'setup 3.4s',
        'Error: optional addon missing',
        'compile',
        'test a',
        'AssertionError: expected 1',
        'test b',
        'done',
        'compile',
      ].join('\n'),
    );
    const marks = (await baselineMarks(fail, pass))!;
    expect([...marks.subarray(1)]).toEqual([
      ALIGNED,
      ALIGNED,
      ALIGNED,
      ALIGNED,
      0,
      ALIGNED,
      ALIGNED,
      MOVED,
    ]);
    const diagnosis = await analyseLog(fail, 'fail.log', {
      maxExcerptLines: 40,
      baselineFile: pass,
    });
    expect(diagnosis.excerpts.map((e) => e.startLine)).toEqual([5]);
  });
});
