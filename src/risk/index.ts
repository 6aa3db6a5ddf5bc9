/**
 * risk-gate's domain, for the action, the CLI and the self-heal pipeline: plain values in, a
 * RiskReport out. GitHub reading and writing sit apart in github.ts.
 */
export { assessRisk, RISK_SCHEMA_VERSION, type RiskInput, type RiskReport } from './assess.js';
export { parseUnifiedDiff, fileFromPullFile, type ChangedFile, type DiffLine } from './diff.js';
export {
  scoreFindings,
  decide,
  riskLevel,
  SEVERITIES,
  SEVERITY_POINTS,
  DECISION_RANK,
  type Severity,
  type Decision,
  type DecisionThresholds,
  type RiskLevel,
} from './score.js';
export {
  loadPolicyBundle,
  defaultPolicyDirectory,
  bundleDigest,
  type PolicyBundle,
} from './policy/bundle.js';
export { testPolicyBundle, type BundleTestReport } from './policy/test-cases.js';
export type { PolicyMode } from './policy/evaluate.js';
export { toSarif } from './sarif.js';
export { renderRiskComment, renderRiskMarkdown } from './comment.js';
export type { Finding, PullRequestFacts, CommitFacts, CheckFacts, ReviewFacts } from './types.js';
