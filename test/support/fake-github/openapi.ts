import type { ErrorObject } from 'ajv';
import { METHODS, routeIndex, validatorFor } from './openapi-compile.js';

/**
 * Checks one request against GitHub's REST description: finds the described route (literal path
 * segments beat parameters), then validates path, query and JSON body with that route's validator
 * (compiled once, cached on disk; see openapi-compile.ts).
 */

export interface RouteMatch {
  /** `METHOD /template`, e.g. `POST /repos/{owner}/{repo}/issues`. */
  route: string;
  template: string;
  params: Record<string, string>;
}

export interface RequestCheck {
  match?: RouteMatch;
  /** Why the request does not conform to the description; empty when it does. */
  errors: string[];
  /** 404 no such route, 400 bad parameters, 422 bad body. */
  status?: number;
  /** Query parameters after coercion to the described types. */
  query: Record<string, unknown>;
}

interface Template {
  template: string;
  segments: string[];
  literalCount: number;
  methods: Set<string>;
}

/** Parameters whose values may contain slashes when they end a path. */
const SLASHED = new Set(['{path}', '{ref}', '{branch}']);
let templatesBySegmentCount: Map<number, Template[]> | undefined;

function templates(): Map<number, Template[]> {
  if (templatesBySegmentCount) return templatesBySegmentCount;
  const map = new Map<number, Template[]>();
  for (const [template, methodList] of routeIndex()) {
    const segments = template.split('/').slice(1);
    const methods = new Set(methodList);
    const literalCount = segments.filter((s) => !s.startsWith('{')).length;
    const list = map.get(segments.length) ?? [];
    list.push({ template, segments, literalCount, methods });
    map.set(segments.length, list);
  }
  templatesBySegmentCount = map;
  return map;
}

function matchSegments(t: Template, parts: string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < t.segments.length; i++) {
    const seg = t.segments[i]!;
    const part = parts[i]!;
    if (seg.startsWith('{')) {
      if (!part) return undefined;
      params[seg.slice(1, -1)] = part;
    } else if (seg !== part) return undefined;
  }
  return params;
}

/** Finds the described route for a request path; literal segments beat parameters. */
export function matchRoute(method: string, pathname: string): RouteMatch | undefined {
  const parts = pathname.split('/').slice(1).map(safeDecode);
  const best = (candidates: Template[], partsFor: (t: Template) => string[]) => {
    let found: { t: Template; params: Record<string, string> } | undefined;
    for (const t of candidates) {
      if (!t.methods.has(method)) continue;
      const params = matchSegments(t, partsFor(t));
      if (params && (!found || t.literalCount > found.t.literalCount)) found = { t, params };
    }
    return found;
  };
  let found = best(templates().get(parts.length) ?? [], () => parts);
  if (!found) {
    // A trailing parameter may hold slashes (contents/{path}, git/refs/{ref}).
    for (let n = parts.length - 1; n >= 1 && !found; n--) {
      const candidates = (templates().get(n) ?? []).filter((t) => SLASHED.has(t.segments[n - 1]!));
      found = best(candidates, () => [...parts.slice(0, n - 1), parts.slice(n - 1).join('/')]);
    }
  }
  if (!found) return undefined;
  return {
    route: `${method} ${found.t.template}`,
    template: found.t.template,
    params: found.params,
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** True when the description has this path for some other method (405-ish, reported as 404). */
export function pathExists(pathname: string): boolean {
  return METHODS.some((m) => matchRoute(m.toUpperCase(), pathname) !== undefined);
}

export function checkRequest(
  method: string,
  pathname: string,
  rawQuery: URLSearchParams,
  body: unknown,
): RequestCheck {
  const match = matchRoute(method, pathname);
  if (!match) {
    const query = Object.fromEntries(rawQuery);
    return {
      errors: [`no route ${method} ${pathname} in GitHub's REST description`],
      status: 404,
      query,
    };
  }
  const v = validatorFor(method, match.template);
  const errors: string[] = [];
  const params = { ...match.params };
  if (!v.pathParams(params)) errors.push(...describe('path', v.pathParams.errors));
  const query: Record<string, unknown> = {};
  for (const [name, value] of rawQuery) {
    if (!v.queryNames.has(name)) errors.push(`query: unknown parameter "${name}"`);
    query[name] = v.queryArrays.has(name) ? value.split(',') : value;
  }
  if (!v.query(query)) errors.push(...describe('query', v.query.errors));
  if (errors.length) return { match, errors, status: 400, query };
  const hasBody = body !== undefined && body !== '';
  if (v.body && hasBody) {
    if (!v.body(body)) errors.push(...describe('body', v.body.errors));
    if (v.bodyProperties && body && typeof body === 'object' && !Array.isArray(body)) {
      for (const key of Object.keys(body))
        if (!v.bodyProperties.has(key)) errors.push(`body: unknown property "${key}"`);
    }
  } else if (v.bodyRequired && !hasBody) errors.push('body: a request body is required');
  return { match, errors, status: errors.length ? 422 : undefined, query };
}

function describe(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})`
        : e.keyword === 'enum'
          ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
          : '';
    return `${where}${e.instancePath || ''}: ${e.message ?? e.keyword}${extra}`;
  });
}
