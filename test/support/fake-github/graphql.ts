import { HttpError, ok, type Ctx, type Reply } from './handler.js';

/**
 * GraphQL is not in the REST description; the fake knows the few operations the suite sends
 * (enabling auto-merge) and reports anything else as a violation.
 */

export const KNOWN_GRAPHQL = ['enablePullRequestAutoMerge', 'disablePullRequestAutoMerge'];
const MERGE_METHODS = ['MERGE', 'SQUASH', 'REBASE'];

/** Returns why the GraphQL request is not one the fake understands; empty when it is. */
export function checkGraphql(body: unknown): string[] {
  const b = body as { query?: unknown; variables?: unknown } | undefined;
  if (!b || typeof b.query !== 'string')
    return ['graphql: body must be {query: string, variables?: object}'];
  const op = KNOWN_GRAPHQL.find((name) => new RegExp(`\\b${name}\\s*\\(`).test(b.query as string));
  if (!op)
    return [
      `graphql: the fake knows only ${KNOWN_GRAPHQL.join(', ')}; got: ${b.query.slice(0, 120)}`,
    ];
  if (!/^\s*mutation\b/.test(b.query)) return [`graphql: ${op} is a mutation`];
  const { pullRequestId, mergeMethod } = inputs(b.query, b.variables);
  const errors: string[] = [];
  if (!pullRequestId) errors.push(`graphql: ${op} needs input.pullRequestId`);
  if (op === 'enablePullRequestAutoMerge' && mergeMethod && !MERGE_METHODS.includes(mergeMethod))
    errors.push(
      `graphql: mergeMethod must be one of ${MERGE_METHODS.join(', ')}, got ${mergeMethod}`,
    );
  return errors;
}

function inputs(
  query: string,
  variables: unknown,
): { pullRequestId?: string; mergeMethod?: string } {
  const flat: Record<string, unknown> = {};
  const walk = (v: unknown) => {
    if (!v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v)) {
      flat[k] = x;
      walk(x);
    }
  };
  walk(variables);
  const vars = (variables ?? {}) as Record<string, unknown>;
  const pick = (name: string) => {
    const text = new RegExp(`(?<![$\\w])${name}\\s*:\\s*"?(\\$?[A-Za-z0-9_=-]+)"?`).exec(
      query,
    )?.[1];
    const value = text?.startsWith('$') ? vars[text.slice(1)] : (text ?? flat[name]);
    return typeof value === 'string' ? value : undefined;
  };
  return { pullRequestId: pick('pullRequestId'), mergeMethod: pick('mergeMethod') };
}

export function answerGraphql(ctx: Ctx): Reply {
  const b = ctx.body as { query: string; variables?: unknown };
  const { pullRequestId, mergeMethod } = inputs(b.query, b.variables);
  for (const repo of ctx.state.repos.values()) {
    for (const pull of repo.pulls.values()) {
      if (`PR_${pull.id}` !== pullRequestId) continue;
      if (/enablePullRequestAutoMerge/.test(b.query))
        pull.autoMerge = { mergeMethod: mergeMethod ?? 'MERGE' };
      else pull.autoMerge = undefined;
      const field = /enablePullRequestAutoMerge/.test(b.query)
        ? 'enablePullRequestAutoMerge'
        : 'disablePullRequestAutoMerge';
      return ok({
        data: {
          [field]: {
            pullRequest: {
              id: pullRequestId,
              number: pull.number,
              autoMergeRequest: pull.autoMerge ? { mergeMethod: pull.autoMerge.mergeMethod } : null,
            },
          },
        },
      });
    }
  }
  if (!pullRequestId) throw new HttpError(400, 'pullRequestId missing');
  return ok({
    data: null,
    errors: [
      {
        type: 'NOT_FOUND',
        message: `Could not resolve to a node with the global id of '${pullRequestId}'`,
      },
    ],
  });
}
