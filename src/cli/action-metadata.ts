import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { ConfigError } from '../platform/errors.js';
import { packageRoot } from '../platform/package-root.js';

export interface InputSpec {
  name: string;
  description: string;
  required: boolean;
  default?: string;
}

export interface ActionMetadata {
  name: string;
  description: string;
  inputs: InputSpec[];
  outputs: { name: string; description: string }[];
}

type RawAction = {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
};

export async function readActionMetadata(actionYml: string): Promise<ActionMetadata> {
  const file = path.join(packageRoot(), actionYml);
  const raw = parse(await readFile(file, 'utf8')) as RawAction;
  return {
    name: raw.name ?? actionYml,
    description: raw.description ?? '',
    inputs: Object.entries(raw.inputs ?? {}).map(([name, spec]) => ({
      name,
      description: spec.description ?? '',
      required: spec.required === true,
      default: spec.default === undefined ? undefined : String(spec.default),
    })),
    outputs: Object.entries(raw.outputs ?? {}).map(([name, spec]) => ({
      name,
      description: spec.description ?? '',
    })),
  };
}

/**
 * Inputs as the runner would give them: the user's values over action.yml defaults. A default that is
 * an expression (`${{ github.token }}`) is resolved the way the CLI can: GITHUB_TOKEN or nothing.
 */
export function resolveInputs(
  metadata: ActionMetadata,
  given: Record<string, string>,
  env: NodeJS.ProcessEnv,
): Record<string, string | undefined> {
  const known = new Set(metadata.inputs.map((input) => input.name));
  for (const name of Object.keys(given)) {
    if (!known.has(name)) {
      throw new ConfigError(
        `unknown input --${name}; accepted: ${[...known].map((n) => `--${n}`).join(', ')}`,
      );
    }
  }
  const resolved: Record<string, string | undefined> = {};
  for (const input of metadata.inputs) {
    const fallback = input.default?.includes('${{')
      ? expressionDefault(input.default, env)
      : input.default;
    resolved[input.name] = given[input.name] ?? fallback;
  }
  return resolved;
}

function expressionDefault(expression: string, env: NodeJS.ProcessEnv): string | undefined {
  if (/github\.token/.test(expression)) return env.GITHUB_TOKEN ?? env.GH_TOKEN;
  return undefined;
}

/** The markdown input and output tables of an action, for its README. */
export function renderActionTables(metadata: ActionMetadata): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const inputs = metadata.inputs.map(
    (i) =>
      `| \`${i.name}\` | ${cell(i.description)} | ${i.required ? 'yes' : 'no'} | ${i.default === undefined ? '' : `\`${cell(i.default)}\``} |`,
  );
  const outputs = metadata.outputs.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`);
  return [
    '### Inputs',
    '',
    '| name | description | required | default |',
    '| --- | --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| name | description |',
    '| --- | --- |',
    ...outputs,
    '',
  ].join('\n');
}
