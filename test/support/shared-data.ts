import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `../shared/data` beside the checkout (the corpora are not part of the repository). */
export function sharedDataDir(): string {
  const fromEnv = process.env.KINTSUGI_SHARED_DATA;
  if (fromEnv) return fromEnv;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const candidate of [path.join(root, '..', 'shared', 'data'), '/work/shared/data']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('../shared/data not found; set KINTSUGI_SHARED_DATA to the corpora directory');
}
