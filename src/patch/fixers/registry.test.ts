import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diagnosis } from '../../../test/patch/shop.js';
import type { DiagnoseReport } from '../../diagnose/report.js';
import { createCommandRunner } from '../commands.js';
import { blamedFiles, chooseFixers, FIXERS } from './registry.js';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function emptyDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kintsugi-fixer-'));
  made.push(dir);
  return dir;
}

const quiet = diagnosis({
  tools: [],
  jobs: [],
  locations: [],
  summary: 'something failed',
  excerpts: [],
});

function only(tool: string, extra: Partial<DiagnoseReport> = {}): DiagnoseReport {
  return { ...quiet, tools: [tool], ...extra };
}

// The contract every registered fixer keeps, whatever its ecosystem.
describe.each(FIXERS.map((f) => [f.id, f] as const))('fixer %s', (id, fixer) => {
  it('has a unique id and answers named tools', () => {
    expect(FIXERS.filter((f) => f.id === id)).toHaveLength(1);
    expect(fixer.tools.length).toBeGreaterThan(0);
  });

  it('does not apply to a diagnosis that names none of its tools', async () => {
    expect(await fixer.appliesTo(quiet, emptyDir())).toBe(false);
  });

  it('skips with a reason naming the tool when it is not installed', async () => {
    const runner = createCommandRunner({ env: { PATH: emptyDir() }, isolation: 'none' });
    const result = await fixer.run({ root: emptyDir(), files: [], timeoutMs: 5_000 }, runner);
    expect(result.status).toBe('skipped');
    if (result.status === 'skipped') expect(result.reason).toMatch(/not (installed|on PATH)/);
  });
});

describe('choosing fixers', () => {
  it('picks them from the diagnosis tools, in registry order', async () => {
    const chosen = await chooseFixers('auto', diagnosis(), emptyDir());
    expect(chosen.map((f) => f.id)).toEqual(['prettier', 'eslint']);
    expect((await chooseFixers(['eslint'], diagnosis(), emptyDir())).map((f) => f.id)).toEqual([
      'eslint',
    ]);
    expect((await chooseFixers('auto', only('ruff'), emptyDir())).map((f) => f.id)).toEqual([
      'ruff-format',
      'ruff-fix',
    ]);
    expect((await chooseFixers('auto', only('tsc'), emptyDir())).map((f) => f.id)).toEqual([]);
  });

  it('syncs the npm lockfile only on lockfile drift in a package', async () => {
    const dir = emptyDir();
    cpSync(
      path.join(process.cwd(), 'test/patch/fixtures/shop/package.json'),
      path.join(dir, 'package.json'),
    );
    const drift = only('npm', {
      category: 'dependency',
      excerpts: [
        {
          file: 'log',
          startLine: 1,
          endLine: 1,
          text: 'npm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync.',
        },
      ],
    });
    expect((await chooseFixers('auto', drift, dir)).map((f) => f.id)).toEqual(['npm-lockfile']);
    expect((await chooseFixers('auto', { ...drift, excerpts: [] }, dir)).map((f) => f.id)).toEqual(
      [],
    );
    expect((await chooseFixers('auto', drift, emptyDir())).map((f) => f.id)).toEqual([]);
  });

  it('hands each fixer only the files blamed on its tools, never paths outside', () => {
    const d = diagnosis({
      locations: [
        ...diagnosis().locations,
        { file: '../etc/passwd', line: 1, message: 'x', tool: 'prettier' },
      ],
    });
    const [prettier, eslint] = [
      FIXERS.find((f) => f.id === 'prettier')!,
      FIXERS.find((f) => f.id === 'eslint')!,
    ];
    expect(blamedFiles(d, prettier)).toEqual(['src/price.ts']);
    expect(blamedFiles(d, eslint)).toEqual(['src/cart.ts']);
  });
});

describe('the project’s own prettier and eslint', () => {
  it('fix the shop fixture in place', async () => {
    const dir = emptyDir();
    cpSync(path.join(process.cwd(), 'test/patch/fixtures/shop'), dir, { recursive: true });
    symlinkSync(path.join(process.cwd(), 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const runner = createCommandRunner({ isolation: 'none' });
    for (const id of ['prettier', 'eslint']) {
      const fixer = FIXERS.find((f) => f.id === id)!;
      const result = await fixer.run(
        { root: dir, files: blamedFiles(diagnosis(), fixer), timeoutMs: 60_000 },
        runner,
      );
      expect(result).toMatchObject({ status: 'ran', exitCode: 0 });
    }
    expect(readFileSync(path.join(dir, 'src/price.ts'), 'utf8')).toContain(
      '  return `${price.amount.toFixed(2)} ${price.currency}`;\n',
    );
    expect(readFileSync(path.join(dir, 'src/cart.ts'), 'utf8')).toContain('  const total = prices');
  }, 60_000);
});

describe('gofmt and cargo fmt from PATH', () => {
  it('gofmt -w formats only the blamed Go file', async () => {
    const runner = createCommandRunner({ isolation: 'none' });
    if (!(await runner.which('gofmt'))) {
      console.warn('gofmt is not installed: the gofmt fixer is only contract-tested here');
      return;
    }
    const dir = emptyDir();
    writeFileSync(path.join(dir, 'main.go'), 'package main\nfunc main() {\nx:=1\n_ = x\n}\n');
    writeFileSync(path.join(dir, 'other.go'), 'package main\nfunc other() {\ny:=2\n_ = y\n}\n');
    const gofmt = FIXERS.find((f) => f.id === 'gofmt')!;
    const result = await gofmt.run({ root: dir, files: ['main.go'], timeoutMs: 30_000 }, runner);
    expect(result).toMatchObject({ status: 'ran', exitCode: 0 });
    expect(readFileSync(path.join(dir, 'main.go'), 'utf8')).toBe(
      'package main\n\nfunc main() {\n\tx := 1\n\t_ = x\n}\n',
    );
    expect(readFileSync(path.join(dir, 'other.go'), 'utf8')).toContain('y:=2');
  });

  it('cargo fmt formats the crate', async () => {
    const runner = createCommandRunner({ isolation: 'none' });
    if (!(await runner.which('cargo')) || !(await runner.which('rustfmt'))) {
      console.warn(
        'cargo/rustfmt are not installed: the rustfmt fixer is only contract-tested here',
      );
      return;
    }
    const dir = emptyDir();
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(
      path.join(dir, 'Cargo.toml'),
      '[package]\nname = "shop"\nversion = "0.1.0"\nedition = "2021"\n',
    );
    writeFileSync(path.join(dir, 'src/lib.rs'), 'pub fn total(a:i32,b:i32)->i32{a+b}\n');
    const rustfmt = FIXERS.find((f) => f.id === 'rustfmt')!;
    const result = await rustfmt.run({ root: dir, files: [], timeoutMs: 60_000 }, runner);
    expect(result).toMatchObject({ status: 'ran', exitCode: 0 });
    expect(readFileSync(path.join(dir, 'src/lib.rs'), 'utf8')).toBe(
      'pub fn total(a: i32, b: i32) -> i32 {\n    a + b\n}\n',
    );
  }, 60_000);
});
