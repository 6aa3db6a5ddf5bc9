import { describe, expect, it } from 'vitest';
import { fileFromPullFile, parseUnifiedDiff } from './diff.js';

const GIT_DIFF = [
  'diff --git a/src/old name.ts b/src/new name.ts',
  'similarity index 90%',
  'rename from src/old name.ts',
  'rename to src/new name.ts',
  'index 1111111..2222222 100644',
  '--- a/src/old name.ts',
  '+++ b/src/new name.ts',
  '@@ -10,4 +10,5 @@ export function x() {',
  ' keep',
  '-removed line',
  '+--- this added line looks like a header',
  '++++ and so does this one',
  ' keep 2',
  '\\ No newline at end of file',
  ' keep 3',
  'diff --git a/img/logo.png b/img/logo.png',
  'new file mode 100644',
  'index 0000000..3333333',
  'Binary files /dev/null and b/img/logo.png differ',
  'diff --git a/test/gone.test.ts b/test/gone.test.ts',
  'deleted file mode 100644',
  '--- a/test/gone.test.ts',
  '+++ /dev/null',
  '@@ -1,2 +0,0 @@',
  "-it('a', () => {});",
  "-it('b', () => {});",
  'diff --git a/new.txt b/new.txt',
  'new file mode 100644',
  '--- /dev/null',
  '+++ b/new.txt',
  '@@ -0,0 +1 @@',
  '+hello',
  '',
].join('\n');

describe('parseUnifiedDiff', () => {
  const files = parseUnifiedDiff(GIT_DIFF);

  it('finds every file with its status', () => {
    expect(files.map((f) => [f.path, f.status, f.binary])).toEqual([
      ['src/new name.ts', 'renamed', false],
      ['img/logo.png', 'added', true],
      ['test/gone.test.ts', 'removed', false],
      ['new.txt', 'added', false],
    ]);
    expect(files[0]!.previousPath).toBe('src/old name.ts');
  });

  it('numbers added lines in the new file and removed lines in the old one', () => {
    const renamed = files[0]!;
    expect(renamed.removed).toEqual([{ line: 11, text: 'removed line' }]);
    expect(renamed.added).toEqual([
      { line: 11, text: '--- this added line looks like a header' },
      { line: 12, text: '+++ and so does this one' },
    ]);
    expect([renamed.additions, renamed.deletions]).toEqual([2, 1]);
    expect(files[2]!.removed.map((l) => l.line)).toEqual([1, 2]);
    expect(files[3]!.added).toEqual([{ line: 1, text: 'hello' }]);
  });

  it('reads plain diff -u output without git headers', () => {
    const plain = parseUnifiedDiff(
      [
        '--- a/x.txt\t2024-01-01',
        '+++ b/x.txt\t2024-01-02',
        '@@ -1 +1 @@',
        '-a',
        '+b',
        '--- y.txt',
        '+++ y.txt',
        '@@ -1,0 +2 @@',
        '+c',
      ].join('\n'),
    );
    expect(plain.map((f) => [f.path, f.added.map((l) => `${l.line}:${l.text}`)])).toEqual([
      ['x.txt', ['1:b']],
      ['y.txt', ['2:c']],
    ]);
  });

  it('returns nothing for an empty diff', () => {
    expect(parseUnifiedDiff('')).toEqual([]);
  });
});

describe('fileFromPullFile', () => {
  it('reads the patch GitHub gives for one file', () => {
    const file = fileFromPullFile({
      filename: 'a.ts',
      status: 'modified',
      additions: 1,
      deletions: 1,
      patch: '@@ -3,2 +3,2 @@\n ctx\n-old\n+new',
    });
    expect(file.added).toEqual([{ line: 4, text: 'new' }]);
    expect(file.removed).toEqual([{ line: 4, text: 'old' }]);
    expect(file.binary).toBe(false);
  });

  it('takes a file without a patch and without changed lines as binary', () => {
    expect(
      fileFromPullFile({ filename: 'a.png', status: 'added', additions: 0, deletions: 0 }).binary,
    ).toBe(true);
    expect(
      fileFromPullFile({ filename: 'big.sql', status: 'modified', additions: 9000, deletions: 0 })
        .binary,
    ).toBe(false);
  });
});
