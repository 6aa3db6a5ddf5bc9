import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { withDefinitions } from './openapi-schema.js';

/**
 * GitHub's REST description (@octokit/openapi, api.github.com) compiled into per-route request
 * validators. The description is 13 MB and some request bodies take 200 ms to compile, and every
 * test file is its own process, so compiled validators are written as standalone modules to
 * node_modules/.cache and reused by later processes; the description is parsed only on a miss.
 * The cache key covers the description's version, ajv's version and the compiler's own source.
 */

type Json = Record<string, unknown>;
interface Spec {
  paths: Record<string, Record<string, Json>>;
  components: {
    schemas: Record<string, Json>;
    parameters: Record<string, Json>;
    responses: Record<string, Json>;
  };
}

export const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];

export interface RouteValidator {
  pathParams: ValidateFunction;
  query: ValidateFunction;
  queryNames: Set<string>;
  queryArrays: Set<string>;
  body?: ValidateFunction;
  bodyRequired: boolean;
  /** Top-level body keys the description names, when it lists them and allows no others. */
  bodyProperties?: Set<string>;
}

interface RouteMeta {
  queryNames: string[];
  queryArrays: string[];
  bodyRequired: boolean;
  bodyProperties?: string[];
}

const require = createRequire(import.meta.url);
let spec: Spec | undefined;
let cacheDir: string | null | undefined;
const validators = new Map<string, RouteValidator>();

function loadSpec(): Spec {
  if (spec) return spec;
  const pkg = require.resolve('@octokit/openapi/package.json');
  const file = path.join(path.dirname(pkg), 'generated', 'api.github.com.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Spec & { components: Json };
  // Keep what validation needs; examples and responses are most of the file.
  spec = {
    paths: raw.paths,
    components: {
      schemas: raw.components.schemas,
      parameters: raw.components.parameters,
      responses: raw.components.responses as Record<string, Json>,
    },
  };
  return spec;
}

/** node_modules/.cache/kintsugi-fake-github/<key>, or null when it cannot be written. */
function cacheDirectory(): string | null {
  if (cacheDir !== undefined) return cacheDir;
  try {
    const ajvPkg = require.resolve('ajv/package.json');
    const openapiPkg = require.resolve('@octokit/openapi/package.json');
    const version = (file: string) =>
      (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
    // The compiler and the schema conversion decide what the cached code does.
    const here = fileURLToPath(import.meta.url);
    const self = Buffer.concat([
      readFileSync(here),
      readFileSync(path.join(path.dirname(here), `openapi-schema${path.extname(here)}`)),
    ]);
    const key = createHash('sha1')
      .update(`${version(openapiPkg)} ${version(ajvPkg)} `)
      .update(self)
      .digest('hex')
      .slice(0, 16);
    const dir = path.join(
      path.dirname(path.dirname(ajvPkg)),
      '.cache',
      'kintsugi-fake-github',
      key,
    );
    if (!existsSync(dir)) {
      // A new key means the description, ajv or the compiler changed: older entries are dead.
      const parent = path.dirname(dir);
      if (existsSync(parent))
        for (const old of readdirSync(parent))
          rmSync(path.join(parent, old), { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
    }
    cacheDir = dir;
  } catch {
    cacheDir = null;
  }
  return cacheDir;
}

function readCache<T>(name: string): T | undefined {
  const dir = cacheDirectory();
  if (!dir) return undefined;
  try {
    return require(path.join(dir, name)) as T;
  } catch {
    return undefined;
  }
}

/** Write-then-rename, so a process reading the cache never sees half a file. */
function writeCache(name: string, text: string): void {
  const dir = cacheDirectory();
  if (!dir) return;
  const file = path.join(dir, name);
  try {
    writeFileSync(`${file}.${process.pid}.tmp`, text);
    renameSync(`${file}.${process.pid}.tmp`, file);
  } catch {
    // A read-only checkout still works, only slower.
  }
}

/** Every path template with its methods. */
export function routeIndex(): [string, string[]][] {
  const cached = readCache<[string, string[]][]>('index.json');
  if (cached) return cached;
  const index = Object.entries(loadSpec().paths).map(
    ([template, item]) =>
      [template, METHODS.filter((m) => m in item).map((m) => m.toUpperCase())] as [
        string,
        string[],
      ],
  );
  writeCache('index.json', JSON.stringify(index));
  return index;
}

export function validatorFor(method: string, template: string): RouteValidator {
  const key = `${method} ${template}`;
  const known = validators.get(key);
  if (known) return known;
  const name = `${createHash('sha1').update(key).digest('hex').slice(0, 20)}.cjs`;
  type Module = {
    meta: RouteMeta;
    pathParams: ValidateFunction;
    query: ValidateFunction;
    body?: ValidateFunction;
  };
  let mod = readCache<Module>(name);
  if (!mod) {
    const compiled = compileRoute(method, template);
    mod = compiled.module;
    writeCache(name, compiled.source);
  }
  const v: RouteValidator = {
    pathParams: mod.pathParams,
    query: mod.query,
    body: mod.body,
    queryNames: new Set(mod.meta.queryNames),
    queryArrays: new Set(mod.meta.queryArrays),
    bodyRequired: mod.meta.bodyRequired,
    bodyProperties: mod.meta.bodyProperties && new Set(mod.meta.bodyProperties),
  };
  validators.set(key, v);
  return v;
}

function makeAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({
    strict: false,
    allErrors: true,
    logger: false,
    coerceTypes,
    code: { source: true },
  });
  // ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
    addFormatsModule) as (a: Ajv) => void;
  addFormats(ajv);
  return ajv;
}

/** A validator as a self-contained CommonJS expression (ajv's standalone code in its own scope). */
function wrapStandalone(ajv: Ajv, v: ValidateFunction): string {
  const standalone = ((standaloneModule as unknown as { default?: unknown }).default ??
    standaloneModule) as (a: Ajv, v: ValidateFunction) => string;
  return `(function () { const module = { exports: {} }; const exports = module.exports;\n${standalone(ajv, v)}\nreturn module.exports; })()`;
}

const component = (name: string) => loadSpec().components.schemas[name];

function resolveParameter(p: Json): Json {
  const ref = p.$ref as string | undefined;
  if (!ref) return p;
  const found = loadSpec().components.parameters[ref.replace('#/components/parameters/', '')];
  if (!found) throw new Error(`fake-github: unknown parameter reference ${ref}`);
  return found;
}

function compileRoute(
  method: string,
  template: string,
): {
  module: Json & { meta: RouteMeta } & Record<'pathParams' | 'query', ValidateFunction>;
  source: string;
} {
  const operation = loadSpec().paths[template]![method.toLowerCase()]!;
  const parameters = ((operation.parameters as Json[] | undefined) ?? []).map(resolveParameter);
  const section = (where: string) => {
    const properties: Json = {};
    const required: string[] = [];
    for (const p of parameters.filter((x) => x.in === where)) {
      properties[p.name as string] = p.schema ?? {};
      if (p.required) required.push(p.name as string);
    }
    return { type: 'object', properties, required };
  };
  const pathSchema = section('path');
  const querySchema = section('query');
  const requestBody = operation.requestBody as Json | undefined;
  const content = requestBody?.content as Record<string, Json> | undefined;
  const bodySchema = content?.['application/json']?.schema as Json | undefined;
  const resolvedBody = bodySchema?.$ref
    ? loadSpec().components.schemas[
        (bodySchema.$ref as string).replace('#/components/schemas/', '')
      ]
    : bodySchema;
  const meta: RouteMeta = {
    queryNames: Object.keys(querySchema.properties),
    queryArrays: Object.entries(querySchema.properties)
      .filter(([, s]) => (s as Json).type === 'array')
      .map(([n]) => n),
    bodyRequired: Boolean(requestBody?.required) && Boolean(content?.['application/json']),
    bodyProperties:
      resolvedBody?.type === 'object' &&
      resolvedBody.properties &&
      !resolvedBody.additionalProperties
        ? Object.keys(resolvedBody.properties as Json)
        : undefined,
  };
  const params = makeAjv(true);
  const bodies = makeAjv(false);
  const pathParams = params.compile(withDefinitions(pathSchema, component));
  const query = params.compile(withDefinitions(querySchema, component));
  const body = bodySchema ? bodies.compile(withDefinitions(bodySchema, component)) : undefined;
  const wrap = wrapStandalone;
  const source = `"use strict";\nmodule.exports = {\n meta: ${JSON.stringify(meta)},\n pathParams: ${wrap(params, pathParams)},\n query: ${wrap(params, query)},\n body: ${body ? wrap(bodies, body) : 'undefined'}\n};\n`;
  return { module: { meta, pathParams, query, body }, source };
}

const responseValidators = new Map<string, ValidateFunction | null>();

/**
 * The described JSON response of a route and status, with `required` dropped: the fake answers
 * with the fields callers read, not every field GitHub sends, but each field it sends must have
 * GitHub's type. Null when the description has no JSON body for that status.
 */
export function responseValidatorFor(
  method: string,
  template: string,
  status: number,
): ValidateFunction | null {
  const key = `${method} ${template} ${status}`;
  const known = responseValidators.get(key);
  if (known !== undefined) return known;
  const name = `${createHash('sha1').update(key).digest('hex').slice(0, 20)}.res.cjs`;
  let validate = readCache<{ validate: ValidateFunction | null }>(name)?.validate;
  if (validate === undefined) {
    const responses = (loadSpec().paths[template]?.[method.toLowerCase()]?.responses ??
      {}) as Record<string, Json>;
    let response = responses[String(status)];
    while (response?.$ref)
      response = loadSpec().components.responses[(response.$ref as string).split('/').pop()!];
    const content = response?.content as Record<string, Json> | undefined;
    const schema = content?.['application/json']?.schema;
    if (!schema) {
      validate = null;
      writeCache(name, 'module.exports = { validate: null };\n');
    } else {
      const ajv = makeAjv(false);
      validate = ajv.compile(withDefinitions(schema, component, { dropRequired: true }));
      writeCache(
        name,
        `"use strict";\nmodule.exports = { validate: ${wrapStandalone(ajv, validate)} };\n`,
      );
    }
  }
  responseValidators.set(key, validate);
  return validate;
}
