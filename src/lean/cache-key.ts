/**
 * The `.lake` cache key: the toolchain and the dependency manifest decide whether built files can be
 * reused at all, the commit makes each save new; restores fall back by prefix to the newest save with
 * the same toolchain and manifest, then the same toolchain.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export interface LakeCacheKey {
  key: string;
  restoreKeys: string[];
  paths: string[];
}

async function fileHash(file: string): Promise<string> {
  const content = await readFile(file).catch(() => undefined);
  if (content === undefined) return 'none';
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

export async function lakeCacheKey(
  projectDir: string,
  options: { commit?: string; platform?: string },
): Promise<LakeCacheKey> {
  const platform = options.platform ?? `${process.platform}-${process.arch}`;
  const toolchain = await fileHash(path.join(projectDir, 'lean-toolchain'));
  const manifest = await fileHash(path.join(projectDir, 'lake-manifest.json'));
  const byToolchain = `kintsugi-lean-${platform}-${toolchain}-`;
  const byManifest = `${byToolchain}${manifest}-`;
  return {
    key: `${byManifest}${options.commit ?? 'local'}`,
    restoreKeys: [byManifest, byToolchain],
    paths: [path.join(projectDir, '.lake')],
  };
}
