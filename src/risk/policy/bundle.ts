import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../platform/errors.js';
import { packageRoot } from '../../platform/package-root.js';
import { parsePolicyFile, type PolicyRule } from './rules.js';

export interface PolicyBundle {
  directory: string;
  /** sha256 of the bundle, see bundleDigest. */
  digest: string;
  files: string[];
  rules: PolicyRule[];
}

export function defaultPolicyDirectory(): string {
  return path.join(packageRoot(), 'policies');
}

/**
 * Reads every rule file (`*.yaml`, `*.yml`, at any depth, hidden entries skipped) of a bundle.
 * With `expectedSha256`, a bundle whose digest differs is refused before any rule is parsed.
 */
export async function loadPolicyBundle(
  directory: string,
  options: { expectedSha256?: string } = {},
): Promise<PolicyBundle> {
  const isDirectory = await stat(directory).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDirectory)
    throw new ConfigError(
      `Input policies got ${JSON.stringify(directory)}; accepted: a directory of *.yaml policy files`,
    );
  const files = await ruleFiles(directory);
  if (files.length === 0)
    throw new ConfigError(
      `Input policies got ${JSON.stringify(directory)}: it holds no *.yaml or *.yml policy files`,
    );
  const contents = await Promise.all(files.map((f) => readFile(path.join(directory, f))));
  const digest = bundleDigest(files.map((file, i) => ({ file, content: contents[i]! })));
  const expected = options.expectedSha256
    ?.trim()
    .toLowerCase()
    .replace(/^sha256:/, '');
  if (expected !== undefined && expected !== digest) {
    throw new ConfigError(
      `Input policies-sha256 got ${JSON.stringify(options.expectedSha256)} but the bundle at ${directory} has digest ${digest}; refusing a bundle that differs from the pinned one`,
    );
  }
  const rules: PolicyRule[] = [];
  const seen = new Map<string, PolicyRule>();
  for (const [i, file] of files.entries()) {
    for (const rule of parsePolicyFile(
      path.join(path.basename(directory), file),
      contents[i]!.toString('utf8'),
    )) {
      const earlier = seen.get(rule.id);
      if (earlier)
        throw new ConfigError(
          `${rule.source.file}:${rule.source.line}: rule "${rule.id}" is already defined at ${earlier.source.file}:${earlier.source.line}`,
        );
      seen.set(rule.id, rule);
      rules.push(rule);
    }
  }
  return { directory, digest, files, rules };
}

/**
 * The bundle digest: sha256 over the rule files sorted by their path relative to the bundle
 * (forward slashes, byte order), each contributing `<path>\0<length in bytes>\0<contents>`.
 * Paths are in it so renaming a file changes it; lengths so no two bundles can run together.
 * `kintsugi policy digest --policies DIR` prints it; policies/README.md documents it for users.
 */
export function bundleDigest(files: readonly { file: string; content: Buffer }[]): string {
  const hash = createHash('sha256');
  for (const { file, content } of [...files].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  )) {
    hash.update(`${file}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest('hex');
}

async function ruleFiles(directory: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(directory, prefix), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await ruleFiles(directory, relative)));
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) found.push(relative);
  }
  return found.sort();
}
