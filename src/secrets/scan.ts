import { SECRET_RULES, type SecretRule } from './rules.js';

/** One secret found in a text. `match` is a preview that never contains the secret. */
export interface SecretFinding {
  rule: string;
  description: string;
  /** 1-based line and column of the secret's first character. */
  line: number;
  column: number;
  /** Redacted preview: the rule's public prefix at most, then the length. */
  match: string;
  /** Offsets of the secret in the scanned text (end exclusive); for redaction. */
  start: number;
  end: number;
}

export interface RedactionResult {
  text: string;
  findings: SecretFinding[];
}

/** The marker that takes a secret's place, naming its rule. */
export function redactionMarker(ruleId: string): string {
  return `[REDACTED:${ruleId}]`;
}

/**
 * Every secret in `text`, in order of position. Rules run in their listed order (specific before
 * generic) and a later rule's match overlapping an earlier finding is dropped, so a GitHub token
 * in `token=ghp_...` is reported once, as a GitHub token.
 */
export function scanSecrets(
  text: string,
  rules: readonly SecretRule[] = SECRET_RULES,
): SecretFinding[] {
  const lineStarts = lineStartOffsets(text);
  const taken: SecretFinding[] = [];
  for (const rule of rules) {
    for (const candidate of candidates(text, rule, lineStarts)) {
      if (taken.some((f) => candidate.start < f.end && f.start < candidate.end)) continue;
      const { line, column } = position(lineStarts, candidate.start);
      taken.push({
        rule: rule.id,
        description: rule.description,
        line,
        column,
        match: preview(candidate.secret),
        start: candidate.start,
        end: candidate.end,
      });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** `text` with each secret replaced by `[REDACTED:<rule>]`, and what was replaced. */
export function redactSecrets(
  text: string,
  rules: readonly SecretRule[] = SECRET_RULES,
): RedactionResult {
  const findings = scanSecrets(text, rules);
  if (findings.length === 0) return { text, findings };
  const parts: string[] = [];
  let cursor = 0;
  for (const finding of findings) {
    parts.push(text.slice(cursor, finding.start), redactionMarker(finding.rule));
    cursor = finding.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), findings };
}

interface Candidate {
  secret: string;
  start: number;
  end: number;
}

function* candidates(text: string, rule: SecretRule, lineStarts: number[]): Generator<Candidate> {
  const regex = new RegExp(
    rule.regex.source,
    rule.regex.flags.includes('d') ? rule.regex.flags : `${rule.regex.flags}d`,
  );
  for (const match of text.matchAll(regex)) {
    const group = rule.group ?? 0;
    const span = match.indices?.[group];
    const secret = match[group];
    if (!span || secret === undefined) continue;
    const [start, end] = span;
    if (rule.validate) {
      // The line around the match, at most 2 KB either side: a minified file is one huge line.
      const { line } = position(lineStarts, start);
      const lineStart = Math.max(lineStarts[line - 1]!, start - 2048);
      const nextLine = lineStarts[line] ?? text.length + 1;
      const lineEnd = Math.min(nextLine - 1, end + 2048);
      const context = {
        match: match[0],
        line: text.slice(lineStart, lineEnd),
        after: text.slice(end, end + 16),
        groups: [...match],
      };
      if (!rule.validate(secret, context)) continue;
    }
    yield { secret, start, end };
  }
}

function preview(secret: string): string {
  const known =
    /^(?:-----BEGIN [A-Z ]+-----|github_pat_|[a-z]{2,4}_(?:live_)?|sk-ant-|sk-(?:proj-)?|AKIA|ASIA|AIza|xox[a-z]-|eyJ|pypi-)/.exec(
      secret,
    );
  const prefix = known?.[0] ?? '';
  return `${prefix}…(${secret.length} chars)`;
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(lineStarts: number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low]! + 1 };
}
