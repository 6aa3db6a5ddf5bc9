import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanupGitDirs, makeRepo, tempDir } from '../../test/support/git.js';
import { openWorkspace, resolveInside } from './workspace.js';

afterAll(() => cleanupGitDirs());

function repo() {
  return makeRepo({ files: { 'src/a.ts': 'a\n', 'src/b.ts': 'b\n', '.gitignore': 'build/\n' } });
}

describe('workspace', () => {
  it('lists our changes with before and after, diffs new files too, and rolls back only those', async () => {
    const r = repo();
    const ws = await openWorkspace(r.dir);
    await ws.assertClean();
    mkdirSync(path.join(r.dir, 'build'));
    writeFileSync(path.join(r.dir, 'build/out.js'), 'ignored output\n');
    writeFileSync(path.join(r.dir, 'src/a.ts'), 'a2\n');
    writeFileSync(path.join(r.dir, 'src/new.ts'), 'new\n');
    const changes = await ws.changes();
    expect(changes.sort((x, y) => x.path.localeCompare(y.path))).toEqual([
      { path: 'src/a.ts', status: 'modified', before: 'a\n', after: 'a2\n' },
      { path: 'src/new.ts', status: 'added', after: 'new\n' },
    ]);
    const diff = await ws.diff();
    expect(diff).toContain('+a2');
    expect(diff).toContain('+++ b/src/new.ts');
    await ws.rollback();
    expect(r.git(['status', '--porcelain'])).toBe('');
    expect(readFileSync(path.join(r.dir, 'src/a.ts'), 'utf8')).toBe('a\n');
    expect(existsSync(path.join(r.dir, 'build/out.js'))).toBe(true);
  });

  it('refuses a dirty tree, naming the files, and a directory that is not a checkout', async () => {
    const r = repo();
    writeFileSync(path.join(r.dir, 'src/b.ts'), 'mine\n');
    writeFileSync(path.join(r.dir, 'notes.txt'), 'mine too\n');
    const ws = await openWorkspace(r.dir);
    await expect(ws.assertClean()).rejects.toThrow(
      /uncommitted changes \(M src\/b\.ts, \?\? notes\.txt\)/,
    );
    await expect(openWorkspace(tempDir())).rejects.toThrow(/is not a git checkout/);
  });

  it('refuses paths that leave the workspace, directly or through a symlink', async () => {
    const r = repo();
    const outside = tempDir();
    symlinkSync(outside, path.join(r.dir, 'linked'), 'dir');
    symlinkSync(path.join(outside, 'x.ts'), path.join(r.dir, 'src/x.ts'));
    expect(await resolveInside(r.dir, 'src/a.ts')).toEqual({ file: path.join(r.dir, 'src/a.ts') });
    expect(await resolveInside(r.dir, 'src/brand-new/file.ts')).toHaveProperty('file');
    expect(await resolveInside(r.dir, '../outside.txt')).toEqual({
      refused: '../outside.txt is outside the workspace',
    });
    expect(await resolveInside(r.dir, '/etc/passwd')).toEqual({
      refused: '/etc/passwd is an absolute path',
    });
    expect(await resolveInside(r.dir, 'linked/evil.ts')).toEqual({
      refused: 'linked/evil.ts follows a symlink out of the workspace',
    });
    expect(await resolveInside(r.dir, 'src/x.ts')).toEqual({
      refused: 'src/x.ts follows a symlink out of the workspace',
    });
  });
});
