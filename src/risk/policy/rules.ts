import { isMap, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { ConfigError } from '../../platform/errors.js';
import { isSeverity, SEVERITIES, type Severity } from '../score.js';
import type { PolicyAction } from '../types.js';
import { compileExpression, type CompiledExpression } from './cel.js';

export interface PolicyRule {
  id: string;
  description: string;
  severity: Severity;
  expression: string;
  message: string;
  action: PolicyAction;
  /** Partial input documents: each in `fire` must make the rule fire, each in `quiet` must not. */
  tests: { fire: Record<string, unknown>[]; quiet: Record<string, unknown>[] };
  /** Where the rule is written, for messages: `policies/no-secrets.yaml:3`. */
  source: { file: string; line: number };
  evaluate: CompiledExpression;
}

const ACTIONS: readonly PolicyAction[] = ['deny', 'warn', 'audit'];
const KEYS = ['id', 'description', 'severity', 'expression', 'message', 'action', 'tests'];
const ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/**
 * Rules from one YAML file: either a single rule or `rules: [...]`. Every mistake is a ConfigError
 * naming the file, the line and the rule id, so a policy author can go straight to it.
 */
export function parsePolicyFile(file: string, text: string): PolicyRule[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (node: Node | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  const firstError = doc.errors[0];
  if (firstError) {
    const line = firstError.linePos?.[0]?.line ?? 1;
    throw new ConfigError(`${file}:${line}: not valid YAML: ${firstError.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root))
    throw new ConfigError(
      `${file}:${at(root)}: expected a rule (a mapping with id, expression...) or "rules:" with a list of them`,
    );
  const list = root.get('rules', true);
  if (list === undefined) return [readRule(file, root, at)];
  if (!isSeq(list)) throw new ConfigError(`${file}:${at(root)}: "rules" must be a list of rules`);
  const rules = list.items.map((item) => {
    if (!isMap(item))
      throw new ConfigError(`${file}:${at(item as Node)}: each entry of "rules" must be a mapping`);
    return readRule(file, item, at);
  });
  return rules;
}

function readRule(
  file: string,
  node: YAMLMap,
  at: (node: Node | null | undefined) => number,
): PolicyRule {
  const ruleLine = at(node);
  const idNode = node.get('id', true) as Node | undefined;
  const id = typeof node.get('id') === 'string' ? (node.get('id') as string) : undefined;
  const fail = (key: string | undefined, problem: string): never => {
    const where = key ? ((node.get(key, true) as Node | undefined) ?? node) : node;
    throw new ConfigError(`${file}:${at(where)}: rule ${id ? `"${id}"` : '(no id)'}: ${problem}`);
  };
  if (!id || !ID.test(id))
    fail(
      idNode ? 'id' : undefined,
      `id must be lower-case letters, digits, '.', '_' or '-' (got ${JSON.stringify(node.get('id') ?? null)})`,
    );
  for (const pair of node.items) {
    const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    if (!KEYS.includes(key)) fail(key, `unknown key "${key}"; accepted: ${KEYS.join(', ')}`);
  }
  const text = (key: string, required = true): string => {
    const value: unknown = node.get(key);
    if (value === undefined && !required) return '';
    if (typeof value !== 'string' || value.trim() === '')
      fail(
        value === undefined ? undefined : key,
        `"${key}" is required and must be a non-empty string`,
      );
    return (value as string).trim();
  };
  const severity = node.get('severity');
  if (!isSeverity(severity))
    fail(
      'severity',
      `severity ${JSON.stringify(severity ?? null)} is not one of ${SEVERITIES.join(' | ')}`,
    );
  const action = node.get('action') ?? 'deny';
  if (!ACTIONS.includes(action as PolicyAction))
    fail('action', `action ${JSON.stringify(action)} is not one of ${ACTIONS.join(' | ')}`);
  const expression = text('expression');
  let evaluate: CompiledExpression;
  try {
    evaluate = compileExpression(expression);
  } catch (error) {
    return fail('expression', (error as Error).message);
  }
  return {
    id: id!,
    description: text('description'),
    severity: severity as Severity,
    expression,
    message: text('message'),
    action: action as PolicyAction,
    tests: readTests(node, fail),
    source: { file, line: ruleLine },
    evaluate,
  };
}

function readTests(
  node: YAMLMap,
  fail: (key: string, problem: string) => never,
): PolicyRule['tests'] {
  const tests: unknown = node.toJSON().tests;
  if (tests === undefined) return { fire: [], quiet: [] };
  const cases = (name: 'fire' | 'quiet'): Record<string, unknown>[] => {
    const value: unknown = (tests as Record<string, unknown>)[name];
    if (value === undefined) return [];
    if (
      !Array.isArray(value) ||
      !value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v))
    ) {
      fail('tests', `tests.${name} must be a list of input documents (mappings)`);
    }
    return value as Record<string, unknown>[];
  };
  if (tests === null || typeof tests !== 'object' || Array.isArray(tests))
    fail('tests', 'tests must be a mapping with "fire" and "quiet" lists');
  const extra = Object.keys(tests as object).filter((k) => k !== 'fire' && k !== 'quiet');
  if (extra.length > 0) fail('tests', `unknown key tests.${extra[0]}; accepted: fire, quiet`);
  return { fire: cases('fire'), quiet: cases('quiet') };
}
