import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedDataDir } from '../../test/support/shared-data.js';
import { normaliseLine } from './normalise.js';
import { isNoise, isRawNoise } from './quick-noise.js';

/** The shortcut must never drop a line the exact path would keep: raw noise is normalised noise. */
function agrees(raw: Buffer): boolean {
  if (!isRawNoise(raw.toString('latin1'))) return true;
  const { text, marker } = normaliseLine(raw.toString('utf8'));
  return marker === undefined && isNoise(text);
}

describe('isRawNoise', () => {
  it('drops plain noise and frames, with or without an Actions timestamp', () => {
    expect(isRawNoise('Tests run: 9, Failures: 0, Errors: 0, Skipped: 0')).toBe(true);
    expect(isRawNoise('2024-05-01T10:00:00.1234567Z [INFO] Download failed? no')).toBe(true);
    expect(isRawNoise('    at Object.<anonymous> (node_modules/x/index.js:3:9)\r')).toBe(true);
    expect(isRawNoise('[\x1b[1;34mINFO\x1b[m] Tests run: 3, Failures: 0, Errors: 0')).toBe(true);
    expect(isRawNoise('[[1;34mINFO[m] Tests run: 3, Failures: 0, Errors: 0')).toBe(true);
  });

  it('is not sure whenever normalising could change what the noise patterns see', () => {
    for (const line of [
      'ok\rERROR: compilation failed',
      'job\tstep\t2024-05-01T10:00:00Z ERROR: x',
      'DEBUG[1mx',
      '##[error]Process completed: 0 errors',
      '::error file=a.ts::0 errors',
      'travis_fold:start:x ok',
      'trav\x1b[0mis_fold:start:x ok',
      '\x1b[31m##[error]\x1b[0m 0 errors',
      '    at src/a.test.ts:4:2',
      '2024-05-01T10:00:00ZError.java',
      'error TS2304: Cannot find name',
    ])
      expect(isRawNoise(line), line).toBe(false);
  });

  it('agrees with the exact path on every line of the real CI logs', () => {
    let root: string;
    try {
      root = path.join(sharedDataDir(), 'ci-logs', 'cidiff-breakages');
    } catch {
      console.warn('SKIPPED: ../shared/data is absent; the real-log agreement check did not run');
      return;
    }
    let checked = 0;
    for (const name of readdirSync(root)) {
      for (const file of ['fail.log', 'pass.log']) {
        let data: Buffer;
        try {
          data = readFileSync(path.join(root, name, file));
        } catch {
          continue;
        }
        let start = 0;
        for (let end = data.indexOf(10); start < data.length; end = data.indexOf(10, start)) {
          if (end === -1) end = data.length;
          const raw = data.subarray(start, end);
          if (!agrees(raw)) expect.fail(`${name}/${file}: ${raw.toString('utf8')}`);
          checked++;
          start = end + 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });
});
