import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { ConfigError } from '../platform/errors.js';

/** One target repository of the sync, as the user wrote it in `.sync-config.yaml`. */
export interface SyncTarget {
  repo: string;
  owner: string;
  name: string;
  /** The branch to sync into; undefined = the target's default branch. */
  branch?: string;
  paths: string[];
  exclude: string[];
  createPr: boolean;
  autoMerge: boolean;
  requireApprovals: number;
  /** Users; `team:<slug>` entries are split into `teamReviewers`. */
  reviewers: string[];
  teamReviewers: string[];
  labels: string[];
  deleteOrphaned: boolean;
  /** 1-based line of the target in the config, for messages. */
  line: number;
}

export interface SyncConfig {
  targets: SyncTarget[];
}

type Kind = 'string' | 'strings' | 'bool' | 'count';
const TARGET_KEYS: Record<string, Kind> = {
  repo: 'string',
  branch: 'string',
  paths: 'strings',
  exclude: 'strings',
  create_pr: 'bool',
  auto_merge: 'bool',
  require_approvals: 'count',
  reviewers: 'strings',
  labels: 'strings',
  delete_orphaned: 'bool',
};
const TOP_KEYS = ['targets'];
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/**
 * Parses and validates the sync config. Every mistake is a ConfigError naming the file, the line
 * and the key, and saying what is accepted; unknown keys are mistakes too (a typo such as
 * `delete_orphan: true` must not silently keep files).
 */
export function parseSyncConfig(text: string, file = '.sync-config.yaml'): SyncConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  const fail = (node: Node | null | undefined, message: string): never => {
    const offset = node?.range?.[0];
    const where = offset === undefined ? file : `${file}:${lineCounter.linePos(offset).line}`;
    throw new ConfigError(`${where}: ${message}`);
  };
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0].line ?? lineCounter.linePos(yamlError.pos[0]).line;
    throw new ConfigError(`${file}:${line}: invalid YAML: ${yamlError.message.split('\n', 1)[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'the config must be a mapping with a `targets` list');
  rejectUnknownKeys(root, TOP_KEYS, '', fail);
  const targetsNode = root.get('targets', true) as Node | undefined;
  if (!targetsNode) return fail(root, 'missing key `targets`; accepted: a list of targets');
  if (!isSeq(targetsNode) || targetsNode.items.length === 0)
    return fail(targetsNode, '`targets` must be a non-empty list of targets');
  const targets = targetsNode.items.map((item, i) =>
    readTarget(item as Node, `targets[${i}]`, fail, (n) => lineOf(lineCounter, n)),
  );
  const seen = new Map<string, number>();
  for (const target of targets) {
    const key = `${target.repo.toLowerCase()}#${target.branch ?? ''}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw new ConfigError(
        `${file}:${target.line}: target ${target.repo} is listed twice (first on line ${earlier}); accepted: each repository and branch once`,
      );
    seen.set(key, target.line);
  }
  return { targets };
}

type Fail = (node: Node | null | undefined, message: string) => never;

function lineOf(counter: LineCounter, node: Node): number {
  return counter.linePos(node.range?.[0] ?? 0).line;
}

function rejectUnknownKeys(map: YAMLMap, known: string[], prefix: string, fail: Fail): void {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!known.includes(key))
      fail(pair.key as Node, `unknown key \`${prefix}${key}\`; accepted: ${known.join(', ')}`);
  }
}

function readTarget(node: Node, at: string, fail: Fail, line: (n: Node) => number): SyncTarget {
  if (!isMap(node))
    return fail(node, `\`${at}\` must be a mapping with at least \`repo\` and \`paths\``);
  rejectUnknownKeys(node, Object.keys(TARGET_KEYS), `${at}.`, fail);
  const values: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(TARGET_KEYS)) {
    const value = node.get(key, true) as Node | undefined;
    if (value !== undefined) values[key] = readValue(value, `${at}.${key}`, kind, fail);
  }
  const repoNode = node.get('repo', true) as Node | undefined;
  if (!repoNode) return fail(node, `missing key \`${at}.repo\`; accepted: owner/name`);
  const repo = values.repo as string;
  if (!REPO.test(repo))
    return fail(repoNode, `\`${at}.repo\` got ${JSON.stringify(repo)}; accepted: owner/name`);
  const paths = (values.paths as string[] | undefined) ?? [];
  if (paths.length === 0)
    return fail(
      (node.get('paths', true) as Node) ?? node,
      `\`${at}.paths\` must list at least one glob, such as docs/**`,
    );
  const reviewers = (values.reviewers as string[] | undefined) ?? [];
  const [owner, name] = repo.split('/') as [string, string];
  return {
    repo,
    owner,
    name,
    branch: values.branch as string | undefined,
    paths,
    exclude: (values.exclude as string[] | undefined) ?? [],
    createPr: (values.create_pr as boolean | undefined) ?? true,
    autoMerge: (values.auto_merge as boolean | undefined) ?? false,
    requireApprovals: (values.require_approvals as number | undefined) ?? 0,
    reviewers: reviewers.filter((r) => !r.startsWith('team:')),
    teamReviewers: reviewers.filter((r) => r.startsWith('team:')).map((r) => r.slice(5)),
    labels: (values.labels as string[] | undefined) ?? [],
    deleteOrphaned: (values.delete_orphaned as boolean | undefined) ?? false,
    line: line(node),
  };
}

function readValue(node: Node, at: string, kind: Kind, fail: Fail): unknown {
  const scalar = isScalar(node) ? node.value : undefined;
  switch (kind) {
    case 'string':
      if (typeof scalar === 'string' && scalar.trim() !== '') return scalar.trim();
      return fail(node, `\`${at}\` must be a non-empty string`);
    case 'bool':
      if (typeof scalar === 'boolean') return scalar;
      return fail(node, `\`${at}\` got ${JSON.stringify(scalar ?? null)}; accepted: true or false`);
    case 'count':
      if (typeof scalar === 'number' && Number.isInteger(scalar) && scalar >= 0) return scalar;
      return fail(
        node,
        `\`${at}\` got ${JSON.stringify(scalar ?? null)}; accepted: a whole number, 0 or more`,
      );
    case 'strings': {
      if (isScalar(node) && typeof scalar === 'string') return [scalar];
      if (!isSeq(node)) return fail(node, `\`${at}\` must be a list of strings`);
      return node.items.map((item, i) => {
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '')
          return item.value.trim();
        return fail(item as Node, `\`${at}[${i}]\` must be a non-empty string`);
      });
    }
  }
}
