import type { Severity } from '../score.js';
import type { Finding } from '../types.js';
import type { Place, RiskSignals } from './index.js';
import { SENSITIVE_AREAS } from './paths.js';

/** Per-line findings of one kind beyond this are summed up in one (the score is capped anyway). */
const MAX_PER_KIND = 25;

/** The static signals as scored findings; each kind says why it matters. */
export function staticFindings(signals: RiskSignals): Finding[] {
  return [
    ...sizeFindings(signals),
    ...sensitivePathFindings(signals),
    ...dependencyFindings(signals),
    ...capped(
      signals.secrets.map((s) =>
        finding(
          'secret/' + s.rule,
          'secret',
          'critical',
          'Secret in an added line',
          `${s.description} (${s.preview}) added at ${s.file}:${s.line}; revoke it, then remove it from history`,
          s,
        ),
      ),
    ),
    ...(signals.binaryFiles.length > 0
      ? [
          finding(
            'static/binary-files',
            'static',
            'low',
            'Binary files',
            `${signals.binaryFiles.length} binary file(s) cannot be reviewed as text: ${list(signals.binaryFiles)}`,
            { file: signals.binaryFiles[0]! },
          ),
        ]
      : []),
    ...(signals.deletedTests.length > 0
      ? [
          finding(
            'static/deleted-tests',
            'static',
            'high',
            'Tests deleted',
            `${signals.deletedTests.length} test file(s) deleted: ${list(signals.deletedTests)}`,
            { file: signals.deletedTests[0]! },
          ),
        ]
      : []),
    ...capped(
      signals.skippedTests.map((p) =>
        finding(
          'static/skipped-test',
          'static',
          'medium',
          'Test skipped',
          `a test is skipped or focused: \`${p.text ?? ''}\``,
          p,
        ),
      ),
    ),
    ...capped(
      signals.botTodos.map((p) =>
        finding(
          'static/bot-todo',
          'static',
          'low',
          'TODO in bot-authored code',
          `bot-authored change adds a marker: \`${p.text ?? ''}\``,
          p,
        ),
      ),
    ),
    ...(signals.unsignedCommits.length > 0
      ? [
          finding(
            'static/unsigned-commits',
            'static',
            'medium',
            'Unsigned commits',
            `${signals.unsignedCommits.length} commit(s) without a verified signature: ${list(signals.unsignedCommits.map((c) => `${c.sha.slice(0, 7)} (${c.reason})`))}`,
          ),
        ]
      : []),
    ...codeqlFindings(signals.codeql),
    ...(signals.productionTarget && signals.humanApprovals === 0
      ? [
          finding(
            'static/missing-approval',
            'static',
            'medium',
            'No human approval',
            'the target branch is protected or a production target and no human has approved',
          ),
        ]
      : []),
  ];
}

function sizeFindings(signals: RiskSignals): Finding[] {
  const lines = signals.changedLines;
  const severity: Severity | undefined =
    lines > 2000 ? 'high' : lines > 500 ? 'medium' : lines > 200 ? 'low' : undefined;
  if (!severity) return [];
  return [
    finding(
      'static/diff-size',
      'static',
      severity,
      'Large change',
      `${lines} changed lines in ${signals.filesChanged} files; large diffs hide mistakes from reviewers`,
    ),
  ];
}

function sensitivePathFindings(signals: RiskSignals): Finding[] {
  return SENSITIVE_AREAS.flatMap((area) => {
    const paths = signals.sensitivePaths
      .filter((p) => p.category === area.category)
      .map((p) => p.path);
    if (paths.length === 0) return [];
    return [
      finding(
        `static/sensitive-path/${area.category}`,
        'static',
        area.severity,
        `Sensitive paths: ${area.category}`,
        `${area.why}: ${list(paths)}`,
        { file: paths[0]! },
      ),
    ];
  });
}

function dependencyFindings(signals: RiskSignals): Finding[] {
  const added = signals.dependencyChanges.filter((c) => c.kind === 'added');
  const majors = signals.dependencyChanges.filter((c) => c.kind === 'major-bump');
  const out: Finding[] = [];
  if (added.length > 0) {
    out.push(
      finding(
        'static/new-dependencies',
        'static',
        added.length > 3 ? 'medium' : 'low',
        'New dependencies',
        `${added.length} new package(s): ${list(added.map((c) => `${c.name}@${c.to ?? '?'} (${c.ecosystem})`))}`,
        { file: added[0]!.manifest, line: added[0]!.line },
      ),
    );
  }
  for (const c of majors.slice(0, MAX_PER_KIND)) {
    out.push(
      finding(
        'static/major-bump',
        'static',
        'medium',
        'Major version bump',
        `${c.name} ${c.from ?? '?'} → ${c.to ?? '?'} in ${c.manifest}: breaking changes are likely`,
        { file: c.manifest, line: c.line },
      ),
    );
  }
  return out;
}

function codeqlFindings(codeql: string): Finding[] {
  if (codeql === 'success' || codeql === 'unknown') return [];
  if (codeql === 'pending')
    return [
      finding(
        'static/codeql',
        'static',
        'low',
        'CodeQL still running',
        'the CodeQL check has not finished',
      ),
    ];
  if (codeql === 'missing')
    return [
      finding(
        'static/codeql',
        'static',
        'info',
        'No CodeQL check',
        'no CodeQL check run on this commit',
      ),
    ];
  return [
    finding(
      'static/codeql',
      'static',
      'high',
      'CodeQL did not pass',
      `the CodeQL check concluded ${codeql}`,
    ),
  ];
}

function capped(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_PER_KIND) return findings;
  const rest = findings.slice(MAX_PER_KIND);
  const first = rest[0]!;
  return [
    ...findings.slice(0, MAX_PER_KIND),
    { ...first, message: `${rest.length} more like this (first: ${first.message})` },
  ];
}

function finding(
  ruleId: string,
  source: Finding['source'],
  severity: Severity,
  title: string,
  message: string,
  where: Partial<Place> = {},
): Finding {
  return {
    ruleId,
    source,
    severity,
    title,
    message,
    file: where.file,
    line: where.line,
    column: where.column,
    scored: true,
  };
}

function list(items: string[], max = 10): string {
  return items.length <= max
    ? items.join(', ')
    : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
