import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { directoryArtifactStore } from './artifacts.js';
import { directoryCacheStore } from './cache.js';

describe('directory stores', () => {
  it('uploads and downloads an artifact, and names what exists on a miss', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-art-'));
    await writeFile(path.join(dir, 'report.json'), '{"a":1}');
    const store = directoryArtifactStore(path.join(dir, 'store'));
    await store.upload('kintsugi-diagnose', [path.join(dir, 'report.json')], dir);
    const out = await store.download('kintsugi-diagnose', { destination: path.join(dir, 'out') });
    expect(await readFile(path.join(out, 'report.json'), 'utf8')).toBe('{"a":1}');
    await expect(
      store.download('kintsugi-patch', { destination: path.join(dir, 'x') }),
    ).rejects.toThrow(/artifact kintsugi-patch not found .*known: kintsugi-diagnose/);
    await expect(store.upload('../evil', [], dir)).rejects.toThrow(/not accepted/);
  });

  it('restores a cache by exact key, then by prefix, and keeps keys immutable', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-cache-'));
    const lake = path.join(dir, '.lake');
    await mkdir(lake);
    await writeFile(path.join(lake, 'build.txt'), 'v1');
    const cache = directoryCacheStore(path.join(dir, 'cache'));
    await cache.save([lake], 'lean-abc-sha1');
    await writeFile(path.join(lake, 'build.txt'), 'v2');
    await cache.save([lake], 'lean-abc-sha1');
    expect(await cache.restore([lake], 'lean-abc-sha1')).toBe('lean-abc-sha1');
    expect(await readFile(path.join(lake, 'build.txt'), 'utf8')).toBe('v1');
    expect(await cache.restore([lake], 'lean-abc-sha2', ['lean-abc-'])).toBe('lean-abc-sha1');
    expect(await cache.restore([lake], 'lean-zzz', ['lean-zzz-'])).toBeUndefined();
  });
});
