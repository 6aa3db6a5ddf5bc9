import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseLog } from '../../analyse-log.js';

// With CI=true and no TTY, prettier colours the word inside the brackets; the raw-log trigger must
// still see the line (the demo and the self-heal test failed under CI=true before this).
describe('prettier --check output in colour', () => {
  for (const [label, esc] of [
    ['with the ESC byte', '\x1b'],
    ['without it', ''],
  ] as const) {
    it(`finds the unformatted file ${label}`, async () => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-prettier-'));
      const file = path.join(dir, '1_format.txt');
      const warn = `[${esc}[33mwarn${esc}[39m]`;
      await writeFile(
        file,
        [
          'Checking formatting...',
          `${warn} src/format.ts`,
          `${warn} Code style issues found in the above file.`,
          '',
        ].join('\n'),
      );
      const result = await analyseLog(file, '1_format.txt', { maxExcerptLines: 40 });
      expect(result.tools).toContain('prettier');
      expect(result.locations.map((l) => l.file)).toEqual(['src/format.ts']);
      expect(result.category).toBe('lint');
    });
  }
});
