/**
 * The risk score and the decision it leads to. Pure and tiny on purpose: the Lean helper proves
 * its properties (score in [0, 100], never falls when a finding is added, decisions monotone in
 * the score) against these very functions through a vectors file.
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_POINTS: Readonly<Record<Severity, number>> = Object.freeze({
  critical: 30,
  high: 15,
  medium: 7,
  low: 3,
  info: 1,
});

export const MAX_SCORE = 100;

/** Sum of the findings' points, capped at 100. */
export function scoreFindings(findings: readonly { severity: Severity }[]): number {
  let total = 0;
  for (const finding of findings) {
    total += SEVERITY_POINTS[finding.severity];
    if (total >= MAX_SCORE) return MAX_SCORE;
  }
  return total;
}

export type Decision = 'approve' | 'deploy' | 'review' | 'block';

export interface DecisionThresholds {
  /** Scores strictly below this are approved. */
  approveBelow: number;
  /** Scores strictly below this (and not approved) may deploy. */
  deployBelow: number;
  /** A deny policy fired in enforce mode. */
  blocked: boolean;
}

export function decide(score: number, thresholds: DecisionThresholds): Decision {
  if (thresholds.blocked) return 'block';
  if (score < thresholds.approveBelow) return 'approve';
  if (score < thresholds.deployBelow) return 'deploy';
  return 'review';
}

/** How much attention a decision asks for; higher is stricter (used to show monotonicity). */
export const DECISION_RANK: Readonly<Record<Decision, number>> = Object.freeze({
  approve: 0,
  deploy: 1,
  review: 2,
  block: 3,
});

export type RiskLevel = 'low' | 'medium' | 'high';

/** The `risk:*` label: low where the score would be approved, medium where it may deploy. */
export function riskLevel(
  score: number,
  thresholds: Omit<DecisionThresholds, 'blocked'>,
): RiskLevel {
  if (score < thresholds.approveBelow) return 'low';
  if (score < thresholds.deployBelow) return 'medium';
  return 'high';
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}
