import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lakeCacheKey } from './cache-key.js';

describe('lakeCacheKey', () => {
  it('changes with lean-toolchain and lake-manifest.json, and restores by prefix', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lean-key-'));
    await writeFile(path.join(dir, 'lean-toolchain'), 'leanprover/lean4:v4.15.0\n');
    await writeFile(path.join(dir, 'lake-manifest.json'), '{"packages":[]}');
    const options = { commit: 'abc123', platform: 'linux-x64' };
    const first = await lakeCacheKey(dir, options);
    expect(first.key).toMatch(/^kintsugi-lean-linux-x64-[0-9a-f]{16}-[0-9a-f]{16}-abc123$/);
    expect(first.paths).toEqual([path.join(dir, '.lake')]);
    expect(first.restoreKeys).toEqual([
      first.key.replace(/abc123$/, ''),
      first.key.replace(/[0-9a-f]{16}-abc123$/, ''),
    ]);
    for (const key of first.restoreKeys) expect(first.key.startsWith(key)).toBe(true);

    const nextCommit = await lakeCacheKey(dir, { ...options, commit: 'def456' });
    expect(nextCommit.key).not.toBe(first.key);
    expect(nextCommit.restoreKeys).toEqual(first.restoreKeys);

    await writeFile(path.join(dir, 'lake-manifest.json'), '{"packages":[{"name":"batteries"}]}');
    const newManifest = await lakeCacheKey(dir, options);
    expect(newManifest.key).not.toBe(first.key);
    expect(newManifest.restoreKeys[0]).not.toBe(first.restoreKeys[0]);
    expect(newManifest.restoreKeys[1]).toBe(first.restoreKeys[1]);

    await writeFile(path.join(dir, 'lean-toolchain'), 'leanprover/lean4:v4.16.0\n');
    const newToolchain = await lakeCacheKey(dir, options);
    expect(newToolchain.key).not.toBe(newManifest.key);
    expect(newToolchain.restoreKeys[1]).not.toBe(newManifest.restoreKeys[1]);
  });
});
