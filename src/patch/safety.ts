import picomatch from 'picomatch';
import { scanSecrets } from '../secrets/index.js';
import type { FileChange } from './workspace.js';

/** Where a patch may go and how big it may be. */
export interface SafetyPolicy {
  maxDiffLines: number;
  /** When non-empty, every changed path must match one of these. */
  allowedPaths: string[];
  deniedPaths: string[];
}

/** Never patched, whatever the inputs say. */
export const ALWAYS_DENIED = ['.github/workflows/**', '.git/**', '**/.git/**'];

export type PatchSource = 'formatter' | 'lint-fix' | 'lockfile' | 'model';

export interface PatchRisk {
  /** 0 (trivial) to 100; see `scoreRisk`. */
  score: number;
  level: 'low' | 'medium' | 'high';
  reasons: string[];
}

export type SafetyVerdict =
  | { accepted: true; risk: PatchRisk; changedLines: number }
  | { accepted: false; reasons: string[]; changedLines: number };

const TEST_FILE =
  /(^|\/)(test|tests|__tests__|spec|specs)\/|\.(test|spec)\.[cm]?[jt]sx?$|(^|\/)test_[^/]*\.py$|_test\.(py|go)$|Tests?\.(java|kt|cs)$|_spec\.rb$/;
/** A test being declared, in the frameworks we know; fewer of them after a patch means tests were deleted. */
const TEST_DECLARATION =
  /\b(it|test)\s*\(|^\s*def test_|^\s*func Test|#\[test\]|@Test\b|^\s*(it|specify|scenario)\s+['"]/;
const TEST_SKIP =
  /\b(it|test|describe|context|suite|specify)\.(skip|only|todo|fixme)\b|\b(xit|xdescribe|xtest|xcontext|fit|fdescribe)\s*\(|@pytest\.mark\.(skip|skipif|xfail)\b|\bpytest\.skip\s*\(|\bunittest\.skip|\bt\.Skip(Now|f)?\s*\(|#\[ignore\]|@Disabled\b|@Ignore\b|\bthis\.skip\s*\(|\.skip\s*\(/;
const TODO_MARKER = /\b(TODO|FIXME|XXX|HACK)\b/;

/** Lines only in `after` and lines only in `before`, as multisets (order does not matter here). */
export function lineDelta(
  before: string | undefined,
  after: string | undefined,
): { added: string[]; removed: string[] } {
  const count = new Map<string, number>();
  for (const line of before === undefined ? [] : before.split('\n'))
    count.set(line, (count.get(line) ?? 0) + 1);
  const added: string[] = [];
  for (const line of after === undefined ? [] : after.split('\n')) {
    const left = count.get(line) ?? 0;
    if (left > 0) count.set(line, left - 1);
    else added.push(line);
  }
  const removed = [...count].flatMap(([line, n]) => new Array<string>(n).fill(line));
  return { added, removed };
}

function occurrences(lines: string[], pattern: RegExp): number {
  return lines.filter((line) => pattern.test(line)).length;
}

export function pathRefusal(file: string, policy: SafetyPolicy): string | undefined {
  const normal = file.replace(/\\/g, '/');
  if (normal.startsWith('/') || normal.split('/').includes('..'))
    return `${file} is outside the workspace`;
  const denied = picomatch([...ALWAYS_DENIED, ...policy.deniedPaths], { dot: true });
  if (denied(normal)) {
    if (normal.startsWith('.github/workflows/'))
      return `${file} is a workflow: patches never touch .github/workflows/**`;
    if (normal === '.git' || normal.startsWith('.git/') || normal.includes('/.git/'))
      return `${file} is inside .git`;
    return `${file} matches denied-paths`;
  }
  if (policy.allowedPaths.length > 0 && !picomatch(policy.allowedPaths, { dot: true })(normal)) {
    return `${file} is outside allowed-paths (${policy.allowedPaths.join(', ')})`;
  }
  return undefined;
}

/** Why a patch is refused (every reason, not just the first), or its risk when it is accepted. */
export function checkPatch(
  changes: FileChange[],
  policy: SafetyPolicy,
  source: PatchSource,
): SafetyVerdict {
  const reasons: string[] = [];
  let changedLines = 0;
  for (const change of changes) {
    const refusal = pathRefusal(change.path, policy);
    if (refusal) reasons.push(refusal);
    const { added, removed } = lineDelta(change.before, change.after);
    // Lockfiles are written by the package manager, not authored: they do not count against the size cap.
    if (!LOCKFILE.test(change.path)) changedLines += added.length + removed.length;
    const isTest = TEST_FILE.test(change.path);
    if (change.status === 'deleted' && isTest) reasons.push(`${change.path}: deletes a test file`);
    if (
      isTest &&
      change.status !== 'deleted' &&
      occurrences(added, TEST_DECLARATION) < occurrences(removed, TEST_DECLARATION)
    ) {
      reasons.push(`${change.path}: removes tests`);
    }
    if (occurrences(added, TEST_SKIP) > occurrences(removed, TEST_SKIP)) {
      reasons.push(
        `${change.path}: skips or focuses tests (${added.find((l) => TEST_SKIP.test(l))!.trim()})`,
      );
    }
    if (occurrences(added, TODO_MARKER) > occurrences(removed, TODO_MARKER)) {
      reasons.push(`${change.path}: adds a TODO/FIXME marker`);
    }
    const secrets = scanSecrets(added.join('\n'));
    if (secrets.length > 0)
      reasons.push(
        `${change.path}: adds a secret (${[...new Set(secrets.map((s) => s.rule))].join(', ')})`,
      );
  }
  if (changes.length === 0) reasons.push('the patch changes nothing');
  if (changedLines > policy.maxDiffLines) {
    reasons.push(
      `the patch changes ${changedLines} lines, more than max-diff-lines (${policy.maxDiffLines})`,
    );
  }
  if (reasons.length > 0) return { accepted: false, reasons, changedLines };
  return { accepted: true, risk: scoreRisk(changes, changedLines, source), changedLines };
}

const LOCKFILE =
  /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|Cargo\.lock|go\.sum|poetry\.lock|uv\.lock)$/;
const SOURCE_RISK: Record<PatchSource, number> = {
  formatter: 5,
  'lint-fix': 15,
  lockfile: 25,
  model: 40,
};
const SENSITIVE =
  /(^|\/)(package\.json|package-lock\.json|yarn\.lock|pnpm-lock\.yaml|Cargo\.(toml|lock)|go\.(mod|sum)|requirements[^/]*\.txt|pyproject\.toml|Dockerfile|[^/]*\.ya?ml)$/;

/**
 * Risk, 0-100, documented so a reviewer can redo it by hand:
 * who wrote it (formatter 5, lint autofix 15, lockfile sync 25, model 40)
 * + changed lines / 5 (at most 30) + 3 per file beyond the first (at most 15)
 * + 10 when a manifest, lockfile, Dockerfile or YAML config is touched
 * + 5 when a test file is touched. low < 30 <= medium < 60 <= high.
 */
export function scoreRisk(
  changes: FileChange[],
  changedLines: number,
  source: PatchSource,
): PatchRisk {
  const reasons = [
    `written by ${source === 'model' ? 'the model' : `a ${source}`} (+${SOURCE_RISK[source]})`,
  ];
  let score = SOURCE_RISK[source];
  const size = Math.min(30, Math.round(changedLines / 5));
  if (size > 0) reasons.push(`${changedLines} changed lines (+${size})`);
  const files = Math.min(15, 3 * Math.max(0, changes.length - 1));
  if (files > 0) reasons.push(`${changes.length} files (+${files})`);
  score += size + files;
  if (changes.some((c) => SENSITIVE.test(c.path))) {
    score += 10;
    reasons.push('touches a manifest, lockfile or config (+10)');
  }
  if (changes.some((c) => TEST_FILE.test(c.path))) {
    score += 5;
    reasons.push('touches a test file (+5)');
  }
  score = Math.min(100, score);
  return { score, level: score < 30 ? 'low' : score < 60 ? 'medium' : 'high', reasons };
}
