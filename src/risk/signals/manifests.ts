import path from 'node:path';
import type { ChangedFile } from '../diff.js';

/**
 * One ecosystem's dependency manifest, read line by line from the diff: which file names it owns
 * and how to read `name` and `version` from one line. Added lines minus removed lines give the new
 * packages and the version changes; no manifest is parsed whole because only the diff is at hand.
 */
export interface ManifestAdapter {
  ecosystem: string;
  matches(fileName: string): boolean;
  readDependency(line: string): { name: string; version: string } | undefined;
}

const NPM_SECTION_KEYS = new Set([
  'name',
  'version',
  'description',
  'main',
  'type',
  'license',
  'node',
  'npm',
]);

export const MANIFEST_ADAPTERS: readonly ManifestAdapter[] = [
  {
    ecosystem: 'npm',
    matches: (name) => name === 'package.json',
    readDependency(line) {
      const m =
        /^\s*"((?:@[\w.-]+\/)?[\w.-]+)"\s*:\s*"([~^<>=v]*\d[^"]*|npm:[^"]+|workspace:[^"]+)"\s*,?\s*$/.exec(
          line,
        );
      if (!m || NPM_SECTION_KEYS.has(m[1]!)) return undefined;
      return { name: m[1]!, version: m[2]! };
    },
  },
  {
    ecosystem: 'pip',
    matches: (name) => /^requirements[\w.-]*\.(?:txt|in)$/.test(name),
    readDependency(line) {
      const m =
        /^\s*([A-Za-z0-9][\w.-]*)(?:\[[^\]]*\])?\s*(?:==|>=|~=|<=|>|<)?\s*([\w.*+!-]*)/.exec(line);
      if (!m || line.trim().startsWith('#') || line.trim().startsWith('-')) return undefined;
      return { name: m[1]!.toLowerCase(), version: m[2] ?? '' };
    },
  },
  {
    ecosystem: 'go',
    matches: (name) => name === 'go.mod',
    readDependency(line) {
      const m = /^\s*(?:require\s+)?([a-z0-9.-]+\.[a-z]{2,}\/[^\s]+)\s+(v\d[^\s]*)/.exec(line);
      return m ? { name: m[1]!, version: m[2]! } : undefined;
    },
  },
  {
    ecosystem: 'cargo',
    matches: (name) => name === 'Cargo.toml',
    readDependency(line) {
      const m = /^\s*([A-Za-z0-9_-]+)\s*=\s*(?:"([^"]+)"|\{[^}]*version\s*=\s*"([^"]+)")/.exec(
        line,
      );
      if (!m || ['name', 'version', 'edition', 'authors', 'license'].includes(m[1]!))
        return undefined;
      return { name: m[1]!, version: (m[2] ?? m[3])! };
    },
  },
  {
    ecosystem: 'rubygems',
    matches: (name) => name === 'Gemfile',
    readDependency(line) {
      const m = /^\s*gem\s+["']([\w.-]+)["'](?:\s*,\s*["']([^"']+)["'])?/.exec(line);
      return m ? { name: m[1]!, version: m[2] ?? '' } : undefined;
    },
  },
];

export type DependencyChangeKind = 'added' | 'major-bump' | 'updated' | 'removed';

export interface DependencyChange {
  manifest: string;
  ecosystem: string;
  name: string;
  kind: DependencyChangeKind;
  from?: string;
  to?: string;
  line?: number;
}

export function dependencyChanges(files: readonly ChangedFile[]): DependencyChange[] {
  const changes: DependencyChange[] = [];
  for (const file of files) {
    const adapter = MANIFEST_ADAPTERS.find((a) => a.matches(path.posix.basename(file.path)));
    if (!adapter) continue;
    const before = new Map<string, string>();
    for (const removed of file.removed) {
      const dep = adapter.readDependency(removed.text);
      if (dep) before.set(dep.name, dep.version);
    }
    const after = new Set<string>();
    for (const added of file.added) {
      const dep = adapter.readDependency(added.text);
      if (!dep) continue;
      after.add(dep.name);
      const from = before.get(dep.name);
      const base = {
        manifest: file.path,
        ecosystem: adapter.ecosystem,
        name: dep.name,
        to: dep.version,
        line: added.line,
      };
      if (from === undefined) changes.push({ ...base, kind: 'added' });
      else if (from !== dep.version)
        changes.push({
          ...base,
          from,
          kind: isMajorBump(from, dep.version) ? 'major-bump' : 'updated',
        });
    }
    for (const [name, from] of before) {
      if (!after.has(name))
        changes.push({
          manifest: file.path,
          ecosystem: adapter.ecosystem,
          name,
          kind: 'removed',
          from,
        });
    }
  }
  return changes;
}

/** `^1.2.3` → `^2.0.0` is major; so is `0.3` → `0.4` (semver's 0.x minor is breaking). */
export function isMajorBump(from: string, to: string): boolean {
  const a = versionParts(from);
  const b = versionParts(to);
  if (!a || !b) return false;
  if (b[0] !== a[0]) return b[0] > a[0];
  return a[0] === 0 && b[1] > a[1];
}

function versionParts(version: string): [number, number] | undefined {
  const m = /(\d+)(?:\.(\d+))?/.exec(version);
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : undefined;
}
