import { cp, mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Keeps directories (such as `.lake`) between runs. */
export interface CacheStore {
  readonly kind: 'runner' | 'directory' | 'none';
  /** Returns the key that matched (exact or by prefix), or undefined on a miss. */
  restore(paths: string[], key: string, restoreKeys?: string[]): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

export const noCache: CacheStore = {
  kind: 'none',
  restore: async () => undefined,
  save: async () => {},
};

/** A local directory store: one folder per key, prefix lookups as `@actions/cache` does them. */
export function directoryCacheStore(root: string): CacheStore {
  const folder = (key: string) => path.join(root, encodeURIComponent(key));
  return {
    kind: 'directory',
    async restore(paths, key, restoreKeys = []) {
      const keys = await readdir(root).then(
        (names) => names.map(decodeURIComponent),
        () => [] as string[],
      );
      const hit = keys.includes(key) ? key : findByPrefix(keys, restoreKeys);
      if (!hit) return undefined;
      for (const [index, target] of paths.entries()) {
        const source = path.join(folder(hit), String(index));
        if (
          await stat(source).then(
            () => true,
            () => false,
          )
        ) {
          await rm(target, { recursive: true, force: true });
          await cp(source, target, { recursive: true });
        }
      }
      return hit;
    },
    async save(paths, key) {
      const target = folder(key);
      if (
        await stat(target).then(
          () => true,
          () => false,
        )
      )
        return; // keys are immutable, as on GitHub
      for (const [index, source] of paths.entries()) {
        if (
          await stat(source).then(
            () => true,
            () => false,
          )
        ) {
          await mkdir(target, { recursive: true });
          await cp(source, path.join(target, String(index)), { recursive: true });
        }
      }
    },
  };
}

function findByPrefix(keys: string[], prefixes: string[]): string | undefined {
  for (const prefix of prefixes) {
    const matches = keys.filter((k) => k.startsWith(prefix)).sort();
    if (matches.length > 0) return matches[matches.length - 1];
  }
  return undefined;
}

/** `@actions/cache`, loaded lazily; falls back to no cache where the service is unavailable. */
export function runnerCacheStore(): CacheStore {
  return {
    kind: 'runner',
    async restore(paths, key, restoreKeys) {
      const cache = await import('@actions/cache');
      if (!cache.isFeatureAvailable()) return undefined;
      return cache.restoreCache(paths, key, restoreKeys);
    },
    async save(paths, key) {
      const cache = await import('@actions/cache');
      if (!cache.isFeatureAvailable()) return;
      try {
        await cache.saveCache(paths, key);
      } catch (error) {
        // Another job saving the same key first is not a failure of ours.
        if ((error as Error).name !== 'ReserveCacheError') throw error;
      }
    },
  };
}

export function chooseCacheStore(env: NodeJS.ProcessEnv, localRoot?: string): CacheStore {
  if (env.ACTIONS_CACHE_URL || env.ACTIONS_RESULTS_URL) return runnerCacheStore();
  return localRoot ? directoryCacheStore(localRoot) : noCache;
}
