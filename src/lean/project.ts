/** The Lean files of a lake project, the targets the user named, and the order imports impose. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../platform/errors.js';
import { leanModuleName } from './declarations.js';

export interface LeanFile {
  /** Relative to the project, with `/`. */
  file: string;
  module: string;
  source: string;
  /** Modules it imports that are files of this project. */
  localImports: string[];
  /** Every module it imports. */
  imports: string[];
}

const SKIP_DIRS = new Set(['.lake', 'lake-packages', 'build', '.git', 'node_modules']);

async function walk(root: string, dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(root, dir), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.'))
        files.push(...(await walk(root, rel)));
    } else if (entry.name.endsWith('.lean') && rel !== 'lakefile.lean') files.push(rel);
  }
  return files.sort();
}

export function readImports(source: string): string[] {
  return [...source.matchAll(/^\s*(?:public\s+)?import\s+([\w.«»']+)/gm)].map((m) => m[1]!);
}

/** `shown` is the input as the user wrote it. */
export async function assertProject(projectDir: string, shown = projectDir): Promise<void> {
  const info = await stat(projectDir).catch(() => undefined);
  if (!info?.isDirectory()) {
    throw new ConfigError(
      `Input project got ${JSON.stringify(shown)}: no such directory. Point it at the lake project (the folder with lakefile.lean or lakefile.toml).`,
    );
  }
  const hasLakefile = (
    await Promise.all(
      ['lakefile.lean', 'lakefile.toml'].map((f) =>
        stat(path.join(projectDir, f)).catch(() => undefined),
      ),
    )
  ).some(Boolean);
  if (!hasLakefile) {
    throw new ConfigError(
      `Input project got ${JSON.stringify(shown)}: it is not a lean project (no lakefile.lean or lakefile.toml in it).`,
    );
  }
}

/** All Lean files (no targets) or the ones named, as files (`A/B.lean`) or modules (`A.B`). */
export async function listLeanFiles(projectDir: string, targets: string[]): Promise<LeanFile[]> {
  const all = await walk(projectDir);
  const byModule = new Map(all.map((f) => [leanModuleName(f), f]));
  let chosen = all;
  if (targets.length > 0) {
    chosen = targets.map((t) => {
      const file = t.endsWith('.lean') ? t.replace(/^\.\//, '') : byModule.get(t);
      if (!file || !all.includes(file)) {
        throw new ConfigError(
          `Input targets got ${JSON.stringify(t)}: no such Lean file or module in the project; accepted: a path such as Kintsugi/Risk.lean or a module such as Kintsugi.Risk`,
        );
      }
      return file;
    });
  }
  const files = await Promise.all(
    chosen.map(async (file) => {
      const source = await readFile(path.join(projectDir, file), 'utf8');
      const imports = readImports(source);
      return {
        file,
        module: leanModuleName(file),
        source,
        imports,
        localImports: imports.filter((i) => byModule.has(i)),
      };
    }),
  );
  return inImportOrder(files);
}

/** Dependencies first, so that a file's imports are built before it is checked. */
export function inImportOrder(files: LeanFile[]): LeanFile[] {
  const byModule = new Map(files.map((f) => [f.module, f]));
  const done = new Set<string>();
  const order: LeanFile[] = [];
  const visit = (file: LeanFile, trail: Set<string>) => {
    if (done.has(file.module) || trail.has(file.module)) return;
    trail.add(file.module);
    for (const dep of file.localImports) {
      const next = byModule.get(dep);
      if (next) visit(next, trail);
    }
    done.add(file.module);
    order.push(file);
  };
  for (const file of files) visit(file, new Set());
  return order;
}
