import { celEnv, isCelError, parse, plan, type CelInput } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';

/**
 * Compiling and running one policy expression, with bounds. CEL has no loops or recursion, so its
 * cost grows with the size of the input lists and how deeply comprehensions (`exists`, `all`,
 * `map`, `filter`) nest. We bound the text, the syntax tree and the nesting before a rule is
 * accepted, cap the lists in the input document (document.ts), and stop an evaluation that runs
 * past its time bound (see withDeadline): it is reported as an error, never as a quiet pass.
 */
export const EXPRESSION_LIMITS = Object.freeze({
  maxLength: 2_000,
  maxNodes: 400,
  maxComprehensionDepth: 2,
  evaluationBudgetMs: 250,
});

/** The top-level names of the input document (documented in policies/README.md). */
export const DOCUMENT_NAMES = [
  'pr',
  'files',
  'commits',
  'checks',
  'reviews',
  'signals',
  'findings',
] as const;

/** Operators the planner handles itself, not through the function resolver. */
const SPECIAL_FORMS = new Set(['_?_:_', '_||_', '_&&_', '@not_strictly_false']);

const env = celEnv({ funcs: strings });

export type CompiledExpression = (document: Record<string, CelInput>) => EvaluationResult;

export type EvaluationResult =
  { ok: true; value: boolean; ms: number } | { ok: false; error: string; ms: number };

/** Throws an Error whose message says what is wrong; the caller adds file, line and rule id. */
export function compileExpression(expression: string): CompiledExpression {
  if (expression.length > EXPRESSION_LIMITS.maxLength) {
    throw new Error(
      `expression is ${expression.length} characters long; the limit is ${EXPRESSION_LIMITS.maxLength}`,
    );
  }
  let ast: ReturnType<typeof parse>;
  try {
    ast = parse(expression);
  } catch (error) {
    throw new Error(
      `expression does not compile: ${(error as Error).message.replace(/^<input>:/, 'at ')}`,
    );
  }
  const shape = inspect(ast.expr);
  if (shape.nodes > EXPRESSION_LIMITS.maxNodes) {
    throw new Error(
      `expression has ${shape.nodes} syntax nodes; the limit is ${EXPRESSION_LIMITS.maxNodes}`,
    );
  }
  if (shape.depth > EXPRESSION_LIMITS.maxComprehensionDepth) {
    throw new Error(
      `expression nests ${shape.depth} comprehensions (exists/all/map/filter); the limit is ${EXPRESSION_LIMITS.maxComprehensionDepth}`,
    );
  }
  const unknownNames = [...shape.freeNames].filter(
    (n) => !(DOCUMENT_NAMES as readonly string[]).includes(n),
  );
  if (unknownNames.length > 0) {
    throw new Error(
      `expression does not compile: unknown name ${unknownNames.map((n) => `'${n}'`).join(', ')}; the input document has ${DOCUMENT_NAMES.join(', ')}`,
    );
  }
  const unknownFunctions = [...shape.functions].filter(
    (f) => !SPECIAL_FORMS.has(f) && !env.funcs.find(f),
  );
  if (unknownFunctions.length > 0) {
    throw new Error(
      `expression does not compile: unknown function ${unknownFunctions.map((n) => `'${n}'`).join(', ')}`,
    );
  }
  const evaluate = plan(env, ast);
  return (document) => {
    const input = guarded(document);
    let { value, ms } = withDeadline(() => evaluate(input));
    // One more try before an overrun counts, so a pause of the machine (other jobs, garbage
    // collection) does not fail a rule; a truly slow rule is stopped twice, at the bound each time.
    if (isCelError(value) && value.message === DEADLINE_PASSED)
      ({ value, ms } = withDeadline(() => evaluate(input)));
    if (isCelError(value) && value.message === DEADLINE_PASSED) {
      return {
        ok: false,
        error: `evaluation stopped after ${ms.toFixed(0)} ms, over the ${EXPRESSION_LIMITS.evaluationBudgetMs} ms bound`,
        ms,
      };
    }
    if (isCelError(value)) return { ok: false, error: value.message, ms };
    if (typeof value !== 'boolean')
      return { ok: false, error: `expression returned ${typeof value}, not a boolean`, ms };
    return { ok: true, value, ms };
  };
}

/**
 * The time bound. CEL runs synchronously, so it cannot be interrupted from outside; instead every
 * list in the document is a read-through proxy that throws once the deadline has passed. Every
 * comprehension step reads a list element, so no expression runs long past the bound (cel-es turns
 * the throw into an evaluation error).
 */
const DEADLINE_PASSED = 'policy evaluation deadline passed';
let deadline = Number.POSITIVE_INFINITY;
const guardedDocuments = new WeakMap<object, Record<string, CelInput>>();

function withDeadline<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  deadline = started + EXPRESSION_LIMITS.evaluationBudgetMs;
  try {
    return { value: work(), ms: performance.now() - started };
  } finally {
    deadline = Number.POSITIVE_INFINITY;
  }
}

function guarded(document: Record<string, CelInput>): Record<string, CelInput> {
  let found = guardedDocuments.get(document);
  if (!found) {
    found = guard(document) as Record<string, CelInput>;
    guardedDocuments.set(document, found);
  }
  return found;
}

function guard(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = value.map(guard);
    return new Proxy(items, {
      get(target, key, receiver) {
        if (performance.now() > deadline) throw new Error(DEADLINE_PASSED);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, guard(v)]));
}

interface Shape {
  nodes: number;
  depth: number;
  freeNames: Set<string>;
  functions: Set<string>;
}

type Expr = ReturnType<typeof parse>['expr'];

function inspect(root: Expr): Shape {
  const shape: Shape = { nodes: 0, depth: 0, freeNames: new Set(), functions: new Set() };
  const visit = (expr: Expr | undefined, bound: ReadonlySet<string>, depth: number): void => {
    if (!expr) return;
    shape.nodes++;
    shape.depth = Math.max(shape.depth, depth);
    const kind = expr.exprKind;
    switch (kind.case) {
      case 'identExpr':
        if (!bound.has(kind.value.name)) shape.freeNames.add(kind.value.name);
        return;
      case 'selectExpr':
        return visit(kind.value.operand, bound, depth);
      case 'callExpr':
        shape.functions.add(kind.value.function);
        visit(kind.value.target, bound, depth);
        for (const arg of kind.value.args) visit(arg, bound, depth);
        return;
      case 'listExpr':
        for (const element of kind.value.elements) visit(element, bound, depth);
        return;
      case 'structExpr':
        for (const entry of kind.value.entries) {
          if (entry.keyKind.case === 'mapKey') visit(entry.keyKind.value, bound, depth);
          visit(entry.value, bound, depth);
        }
        return;
      case 'comprehensionExpr': {
        const c = kind.value;
        visit(c.iterRange, bound, depth);
        visit(c.accuInit, bound, depth);
        const inner = new Set([...bound, c.iterVar, c.iterVar2, c.accuVar].filter(Boolean));
        for (const part of [c.loopCondition, c.loopStep, c.result]) visit(part, inner, depth + 1);
        return;
      }
      default:
        return;
    }
  };
  visit(root, new Set(), 0);
  return shape;
}
