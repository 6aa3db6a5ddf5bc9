import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The directory of Kintsugi's own package.json, found by walking up from this file, so that the
 * same code finds `actions/`, `policies/` and `examples/` from `src/` (tsx) and from `dist/` (ncc).
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'kintsugi')
          return (cached = dir);
      } catch {
        // a package.json that ncc writes next to a bundle has no name; keep walking
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return (cached = process.cwd());
    dir = parent;
  }
}
