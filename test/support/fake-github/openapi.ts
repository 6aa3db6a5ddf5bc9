import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * GitHub's published REST description (@octokit/openapi, api.github.com) as a request validator.
 * The description is 13 MB: it is parsed once per process, on first use, and each route's
 * validator is compiled the first time a request hits that route, then shared by every fake server.
 */

type Json = Record<string, unknown>;
interface Spec {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; parameters: Record<string, Json> };
}

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

interface RouteValidator {
  pathParams: ValidateFunction;
  query: ValidateFunction;
  queryNames: Set<string>;
  queryArrays: Set<string>;
  body?: ValidateFunction;
  bodyRequired: boolean;
  bodyProperties?: Set<string>;
}

/** Parameters whose values may contain slashes when they end a path. */
const SLASHED = new Set(['{path}', '{ref}', '{branch}']);
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];
let spec: Spec | undefined;
let templatesBySegmentCount: Map<number, Template[]> | undefined;
const validators = new Map<string, RouteValidator>();
let paramAjv: Ajv | undefined;
let bodyAjv: Ajv | undefined;

function loadSpec(): Spec {
  if (spec) return spec;
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@octokit/openapi/package.json');
  const file = path.join(path.dirname(pkg), 'generated', 'api.github.com.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Spec & { components: Json };
  // Keep what validation needs; examples and responses are most of the file.
  spec = {
    paths: raw.paths,
    components: { schemas: raw.components.schemas, parameters: raw.components.parameters },
  };
  return spec;
}

function makeAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false, coerceTypes });
  // ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
    addFormatsModule) as (a: Ajv) => void;
  addFormats(ajv);
  return ajv;
}

function templates(): Map<number, Template[]> {
  if (templatesBySegmentCount) return templatesBySegmentCount;
  const map = new Map<number, Template[]>();
  for (const [template, item] of Object.entries(loadSpec().paths)) {
    const segments = template.split('/').slice(1);
    const methods = new Set(METHODS.filter((m) => m in item).map((m) => m.toUpperCase()));
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

function resolveParameter(p: Json): Json {
  const ref = p.$ref as string | undefined;
  if (!ref) return p;
  const name = ref.replace('#/components/parameters/', '');
  const found = loadSpec().components.parameters[name];
  if (!found) throw new Error(`fake-github: unknown parameter reference ${ref}`);
  return found;
}

function validatorFor(method: string, template: string): RouteValidator {
  const key = `${method} ${template}`;
  const cached = validators.get(key);
  if (cached) return cached;
  const operation = loadSpec().paths[template]![method.toLowerCase()]!;
  const parameters = ((operation.parameters as Json[] | undefined) ?? []).map(resolveParameter);
  const section = (where: string) => {
    const props: Json = {};
    const required: string[] = [];
    for (const p of parameters.filter((x) => x.in === where)) {
      props[p.name as string] = p.schema ?? {};
      if (p.required) required.push(p.name as string);
    }
    return { props, required };
  };
  const pathSection = section('path');
  const querySection = section('query');
  paramAjv ??= makeAjv(true);
  bodyAjv ??= makeAjv(false);
  const compile = (ajv: Ajv, schema: unknown) => ajv.compile(withDefinitions(schema));
  const requestBody = operation.requestBody as Json | undefined;
  const content = requestBody?.content as Record<string, Json> | undefined;
  const bodySchema = content?.['application/json']?.schema as Json | undefined;
  const resolvedBody = bodySchema?.$ref ? resolveSchemaRef(bodySchema.$ref as string) : bodySchema;
  const v: RouteValidator = {
    pathParams: compile(paramAjv, {
      type: 'object',
      properties: pathSection.props,
      required: pathSection.required,
    }),
    query: compile(paramAjv, {
      type: 'object',
      properties: querySection.props,
      required: querySection.required,
    }),
    queryNames: new Set(Object.keys(querySection.props)),
    queryArrays: new Set(
      Object.entries(querySection.props)
        .filter(([, s]) => (s as Json).type === 'array')
        .map(([n]) => n),
    ),
    body: bodySchema ? compile(bodyAjv, bodySchema) : undefined,
    bodyRequired: Boolean(requestBody?.required) && Boolean(content?.['application/json']),
    bodyProperties:
      resolvedBody?.type === 'object' &&
      resolvedBody.properties &&
      !resolvedBody.additionalProperties
        ? new Set(Object.keys(resolvedBody.properties as Json))
        : undefined,
  };
  validators.set(key, v);
  return v;
}

function resolveSchemaRef(ref: string): Json | undefined {
  return loadSpec().components.schemas[ref.replace('#/components/schemas/', '')];
}

/** OpenAPI 3.0 schema → JSON Schema, with every referenced component under `definitions`. */
function withDefinitions(schema: unknown): Json {
  const definitions: Json = {};
  const pending: string[] = [];
  const root = convert(schema, pending) as Json;
  while (pending.length) {
    const name = pending.pop()!;
    if (name in definitions) continue;
    definitions[name] = {}; // placeholder against cycles
    definitions[name] = convert(loadSpec().components.schemas[name] ?? {}, pending);
  }
  return { ...root, definitions };
}

const DROPPED = new Set([
  'example',
  'examples',
  'discriminator',
  'xml',
  'externalDocs',
  'deprecated',
]);

function convert(node: unknown, refs: string[]): unknown {
  if (Array.isArray(node)) return node.map((n) => convert(n, refs));
  if (!node || typeof node !== 'object') return node;
  const source = node as Json;
  if (typeof source.$ref === 'string') {
    const name = source.$ref.replace('#/components/schemas/', '');
    refs.push(name);
    return { $ref: `#/definitions/${name}` };
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(source)) {
    if (DROPPED.has(key) || key.startsWith('x-') || key === 'nullable') continue;
    const isMap = key === 'properties' || key === 'patternProperties';
    out[key] = isMap
      ? Object.fromEntries(
          Object.entries(value as Json).map(([k, v]) => [k, convert(v, refs)] as const),
        )
      : convert(value, refs);
  }
  if (source.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}
