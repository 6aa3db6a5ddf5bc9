/**
 * OpenAPI 3.0 schemas → JSON Schema for ajv: `nullable` becomes a null type, OpenAPI-only
 * keywords go, and `$ref`s to components become local `definitions`.
 */

type Json = Record<string, unknown>;

/** OpenAPI 3.0 schema → JSON Schema, with every referenced component under `definitions`. */
export function withDefinitions(
  schema: unknown,
  component: (name: string) => Json | undefined,
  options: { dropRequired?: boolean } = {},
): Json {
  const definitions: Json = {};
  const pending: string[] = [];
  const root = convert(schema, pending, options) as Json;
  while (pending.length) {
    const name = pending.pop()!;
    if (name in definitions) continue;
    definitions[name] = {}; // placeholder against cycles
    definitions[name] = convert(component(name) ?? {}, pending, options);
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
  'description',
]);

function convert(node: unknown, refs: string[], options: { dropRequired?: boolean }): unknown {
  if (Array.isArray(node)) return node.map((n) => convert(n, refs, options));
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
    if (options.dropRequired && key === 'required' && Array.isArray(value)) continue;
    const isMap = key === 'properties' || key === 'patternProperties';
    out[key] = isMap
      ? Object.fromEntries(
          Object.entries(value as Json).map(([k, v]) => [k, convert(v, refs, options)] as const),
        )
      : convert(value, refs, options);
  }
  if (source.nullable !== true) return out;
  // OpenAPI 3.0's `nullable` becomes a null type (or a null alternative when there is no type).
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}
