import type { PolicyDocument } from '../document.js';
import type { Finding, PolicyAction } from '../types.js';
import type { PolicyRule } from './rules.js';

export type PolicyMode = 'enforce' | 'shadow';

export interface RuleResult {
  ruleId: string;
  fired: boolean;
  /** The rule's own action, and the one applied (shadow mode turns deny into audit). */
  action: PolicyAction;
  appliedAction: PolicyAction;
  error?: string;
  ms: number;
}

export interface PolicyOutcome {
  results: RuleResult[];
  findings: Finding[];
  /** A deny rule fired in enforce mode. */
  blocked: boolean;
  /** Deny rules that fired: in enforce mode they blocked; in shadow mode they would have. */
  denied: string[];
}

/**
 * Runs every rule on the document. A rule whose evaluation fails (a type error, over its time
 * bound) counts as fired, with the error in its message: a broken deny rule must not let a
 * change through silently. Audit findings are reported but not scored.
 */
export function evaluatePolicies(
  rules: readonly PolicyRule[],
  document: PolicyDocument,
  mode: PolicyMode,
): PolicyOutcome {
  const results: RuleResult[] = [];
  const findings: Finding[] = [];
  const denied: string[] = [];
  for (const rule of rules) {
    const result = rule.evaluate(document);
    const fired = result.ok ? result.value : true;
    const appliedAction: PolicyAction =
      mode === 'shadow' && rule.action === 'deny' ? 'audit' : rule.action;
    results.push({
      ruleId: rule.id,
      fired,
      action: rule.action,
      appliedAction,
      error: result.ok ? undefined : result.error,
      ms: result.ms,
    });
    if (!fired) continue;
    if (rule.action === 'deny') denied.push(rule.id);
    findings.push({
      ruleId: `policy/${rule.id}`,
      source: 'policy',
      severity: rule.severity,
      title: rule.description,
      message: result.ok
        ? rule.message
        : `${rule.message} (the rule could not be evaluated, so it counts as fired: ${result.error})`,
      scored: appliedAction !== 'audit',
      action: appliedAction,
    });
  }
  return { results, findings, blocked: mode === 'enforce' && denied.length > 0, denied };
}
