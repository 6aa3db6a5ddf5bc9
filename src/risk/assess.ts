import { findHiddenInstructions, type ModelClient } from '../llm/index.js';
import type { ModelUsage } from '../platform/report.js';
import { parseUnifiedDiff, type ChangedFile } from './diff.js';
import { buildPolicyDocument } from './document.js';
import { reviewWithModel } from './model-review.js';
import type { PolicyBundle } from './policy/bundle.js';
import { evaluatePolicies, type PolicyMode, type RuleResult } from './policy/evaluate.js';
import type { PolicyRule } from './policy/rules.js';
import { decide, riskLevel, scoreFindings, type Decision, type RiskLevel } from './score.js';
import { staticFindings } from './signals/findings.js';
import { collectSignals, DEFAULT_PRODUCTION_TARGETS, type RiskSignals } from './signals/index.js';
import type { CheckFacts, CommitFacts, Finding, PullRequestFacts, ReviewFacts } from './types.js';

export const RISK_SCHEMA_VERSION = 1;

export interface RiskInput {
  /** A unified diff; or `files`, already parsed (from GitHub's PR files). */
  diff?: string;
  files?: readonly ChangedFile[];
  pr?: PullRequestFacts;
  commits?: readonly CommitFacts[];
  /** undefined when checks are not known (offline). */
  checks?: readonly CheckFacts[];
  reviews?: readonly ReviewFacts[];
  policies: PolicyBundle | readonly PolicyRule[];
  mode: PolicyMode;
  thresholds: { approveBelow: number; deployBelow: number };
  productionTargets?: readonly string[];
  /** The model review runs only when a client is given. */
  model?: { client: ModelClient; budgetTokens?: number };
}

export interface RiskReport {
  schemaVersion: typeof RISK_SCHEMA_VERSION;
  score: number;
  decision: Decision;
  level: RiskLevel;
  mode: PolicyMode;
  thresholds: { approveBelow: number; deployBelow: number };
  /** Blocked by a deny rule in enforce mode. */
  blocked: boolean;
  /** Deny rules that fired: they blocked (enforce) or would have blocked (shadow). */
  denied: string[];
  wouldBlock: string[];
  findings: Finding[];
  policies: { digest?: string; results: RuleResult[] };
  signals: RiskSignals;
  pr?: { number: number; url?: string; base: string; head: string; headSha: string };
  files: { path: string; status: string }[];
  model: {
    used: boolean;
    model?: string;
    findings: number;
    redactions?: number;
    error?: string;
  } | null;
  usage?: ModelUsage;
}

/**
 * The whole assessment from plain values: static signals, hidden-instruction check, optional
 * model review, policies, score, decision. Model findings are added before the score is summed
 * and never remove anything; the block comes from policies alone, so the model can raise the
 * score but cannot lower it or undo a block. A failing model review is reported, not fatal.
 */
export async function assessRisk(input: RiskInput): Promise<RiskReport> {
  const files = input.files ?? (input.diff !== undefined ? parseUnifiedDiff(input.diff) : []);
  const commits = input.commits ?? [];
  const reviews = input.reviews ?? [];
  const signals = collectSignals({
    files,
    pr: input.pr,
    commits,
    checks: input.checks,
    reviews,
    productionTargets: input.productionTargets ?? DEFAULT_PRODUCTION_TARGETS,
  });
  const findings: Finding[] = [...staticFindings(signals), ...injectionFindings(input.pr)];
  let model: RiskReport['model'] = null;
  let usage: ModelUsage | undefined;
  if (input.model) {
    try {
      const review = await reviewWithModel(input.model.client, {
        pr: input.pr,
        files,
        budgetTokens: input.model.budgetTokens,
      });
      findings.push(...review.findings);
      model = {
        used: true,
        model: review.model,
        findings: review.findings.length,
        redactions: review.redactions,
      };
      usage = review.usage;
    } catch (error) {
      model = {
        used: false,
        model: input.model.client.model,
        findings: 0,
        error: (error as Error).message,
      };
    }
  }
  const rules = 'rules' in input.policies ? input.policies.rules : input.policies;
  const document = buildPolicyDocument({
    pr: input.pr,
    files,
    commits,
    checks: input.checks,
    reviews,
    signals,
    findings,
  });
  const outcome = evaluatePolicies(rules, document, input.mode);
  findings.push(...outcome.findings);
  const score = scoreFindings(findings.filter((f) => f.scored));
  const decision = decide(score, { ...input.thresholds, blocked: outcome.blocked });
  return {
    schemaVersion: RISK_SCHEMA_VERSION,
    score,
    decision,
    level: riskLevel(score, input.thresholds),
    mode: input.mode,
    thresholds: { ...input.thresholds },
    blocked: outcome.blocked,
    denied: outcome.denied,
    wouldBlock: input.mode === 'shadow' ? outcome.denied : [],
    findings: sortFindings(findings),
    policies: {
      digest: 'digest' in input.policies ? input.policies.digest : undefined,
      results: outcome.results,
    },
    signals,
    pr: input.pr && {
      number: input.pr.number,
      url: input.pr.url,
      base: input.pr.base,
      head: input.pr.head,
      headSha: input.pr.headSha,
    },
    files: files.map((f) => ({ path: f.path, status: f.status })),
    model,
    usage,
  };
}

/** Hidden text in the PR that addresses a reviewer or a model is an injection attempt. */
function injectionFindings(pr: PullRequestFacts | undefined): Finding[] {
  if (!pr) return [];
  return [...findHiddenInstructions(pr.title), ...findHiddenInstructions(pr.body)].map(
    (hidden) => ({
      ruleId: 'injection/hidden-instruction',
      source: 'injection' as const,
      severity: 'high' as const,
      title: 'Hidden instruction in the PR text',
      message: `hidden ${hidden.kind} text (line ${hidden.line}) addresses the reviewer: "${hidden.text.replace(/\s+/g, ' ').slice(0, 160)}"`,
      scored: true,
    }),
  );
}

const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        Number(b.f.scored) - Number(a.f.scored) ||
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}
