import { createHash } from 'node:crypto';
import type { RiskReport } from './assess.js';
import type { Severity } from './score.js';
import type { Finding } from './types.js';

/**
 * SARIF 2.1.0 for GitHub code scanning. GitHub's limits (docs: "SARIF support for code
 * scanning"): at most 25,000 results and 25,000 rules per run, 1,000 locations per result, 20
 * tags per rule; each rule carries `properties.security-severity` (a number 0.0-10.0 as a string:
 * over 9 critical, 7-8.9 high, 4-6.9 medium, below 4 low); locations are repository-relative URIs
 * against %SRCROOT% with a region starting at line 1 or later. Results are sorted most severe
 * first so the cap cuts the least important.
 */
export const SARIF_LIMITS = Object.freeze({
  maxResults: 25_000,
  maxRules: 25_000,
  maxTagsPerRule: 20,
});

const SECURITY_SEVERITY: Record<Severity, number> = {
  critical: 9.5,
  high: 8.0,
  medium: 5.5,
  low: 3.0,
  info: 1.0,
};
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: unknown[];
}

export function toSarif(
  report: RiskReport,
  options: { toolVersion?: string; informationUri?: string } = {},
): SarifLog {
  const fallbackFile =
    report.files.find((f) => f.status !== 'removed')?.path ?? report.files[0]?.path;
  const located = [...report.findings]
    .sort((a, b) => SECURITY_SEVERITY[b.severity] - SECURITY_SEVERITY[a.severity])
    .map((finding) => ({ finding, file: repoRelative(finding.file) ?? repoRelative(fallbackFile) }))
    .filter((entry): entry is { finding: Finding; file: string } => entry.file !== undefined)
    .slice(0, SARIF_LIMITS.maxResults);
  const rules = new Map<string, { finding: Finding; worst: number }>();
  for (const { finding } of located) {
    const score = SECURITY_SEVERITY[finding.severity];
    const known = rules.get(finding.ruleId);
    if (!known || score > known.worst)
      rules.set(finding.ruleId, { finding: known?.finding ?? finding, worst: score });
  }
  const ruleIds = [...rules.keys()].slice(0, SARIF_LIMITS.maxRules);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Kintsugi risk-gate',
            semanticVersion: options.toolVersion ?? '0.1.0',
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: ruleIds.map((id) => {
              const { finding, worst } = rules.get(id)!;
              return {
                id,
                name: ruleName(id),
                shortDescription: { text: finding.title.slice(0, 1000) },
                fullDescription: {
                  text: `${finding.title} (${finding.source} finding of Kintsugi risk-gate)`,
                },
                defaultConfiguration: { level: LEVEL[severityOf(worst)] },
                properties: {
                  'security-severity': worst.toFixed(1),
                  tags: ['security', 'risk-gate', finding.source],
                  precision: finding.source === 'model' ? 'medium' : 'high',
                },
              };
            }),
          },
        },
        automationDetails: { id: 'kintsugi/risk-gate/' },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results: located.map(({ finding, file }) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIds.indexOf(finding.ruleId),
          level: finding.scored ? LEVEL[finding.severity] : 'note',
          message: { text: `${finding.title}: ${finding.message}`.slice(0, 4000) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
                region: {
                  startLine: Math.max(1, finding.line ?? 1),
                  ...(finding.column ? { startColumn: Math.max(1, finding.column) } : {}),
                },
              },
            },
          ],
          partialFingerprints: { 'kintsugiRiskFinding/v1': fingerprint(finding, file) },
          properties: {
            severity: finding.severity,
            scored: finding.scored,
            ...(finding.action ? { action: finding.action } : {}),
          },
        })),
      },
    ],
  };
}

/** Repository-relative, forward slashes, percent-encoded where a URI needs it; never absolute. */
function repoRelative(file: string | undefined): string | undefined {
  if (!file) return undefined;
  const clean = file
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '');
  if (clean === '' || clean.split('/').includes('..')) return undefined;
  return clean.split('/').map(encodeURIComponent).join('/');
}

function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function severityOf(score: number): Severity {
  return (Object.entries(SECURITY_SEVERITY).find(([, s]) => s === score)?.[0] ??
    'info') as Severity;
}

function fingerprint(finding: Finding, file: string): string {
  return createHash('sha256')
    .update(`${finding.ruleId}\0${file}\0${finding.line ?? 0}\0${finding.title}`)
    .digest('hex')
    .slice(0, 32);
}
