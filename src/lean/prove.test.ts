import { describe, expect, it } from 'vitest';
import { silentLogger } from '../platform/logger.js';
import type { Lake } from './lake.js';
import type { CommandResult } from './process.js';
import { inImportOrder, readImports, type LeanFile } from './project.js';
import { proveProject } from './prove.js';

function leanFile(file: string, source: string): LeanFile {
  const imports = readImports(source);
  return {
    file,
    module: file.replace(/\.lean$/, '').replace(/\//g, '.'),
    source,
    imports,
    localImports: imports.filter((i) => i.startsWith('P.')),
  };
}

const result = (output: string, exitCode: number | null, timedOut = false): CommandResult => ({
  output,
  exitCode,
  timedOut,
  durationMs: 1,
  missing: false,
});

describe('proveProject', () => {
  it('builds imports first and does not wait again for a file whose import timed out', async () => {
    const calls: string[] = [];
    const lake: Lake = {
      async build(targets) {
        calls.push(`build ${targets.join(' ')}`);
        return targets[0] === 'P.Slow' ? result('', null, true) : result('', 0);
      },
      async checkFile(file) {
        calls.push(`check ${file}`);
        return result('', 0);
      },
    };
    const files = inImportOrder([
      leanFile('P/Uses.lean', 'import P.Slow\ntheorem uses : True := trivial\n'),
      leanFile('P/Slow.lean', 'theorem slow : True := by decide\n'),
      leanFile('P/Fine.lean', 'theorem fine : True := trivial\n'),
    ]);
    const outcome = await proveProject(
      files,
      lake,
      { projectDir: '/nowhere', budgetPerFileMs: 1000, maxHeartbeats: 0 },
      silentLogger,
    );
    expect(calls).toEqual(['build P.Slow', 'build P.Fine']);
    expect(outcome.files.map((f) => [f.file, f.outcome, f.detail])).toEqual([
      ['P/Slow.lean', 'timeout', 'killed at the budget of 1s per file'],
      ['P/Uses.lean', 'not-built', 'not checked: P.Slow timed out'],
      ['P/Fine.lean', 'ok', undefined],
    ]);
    expect(outcome.declarations.map((d) => [d.name, d.status])).toEqual([
      ['slow', 'timeout'],
      ['uses', 'error'],
      ['fine', 'proved'],
    ]);
  });
});
