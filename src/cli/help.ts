import type { ActionMetadata } from './action-metadata.js';

export function formatHelp(command: string, metadata: ActionMetadata): string {
  const width = Math.max(...metadata.inputs.map((i) => i.name.length), 10) + 4;
  const lines = [
    `kintsugi ${command} [--<input> <value>]... [--format text|json]`,
    '',
    metadata.description,
    '',
    'Inputs:',
  ];
  for (const input of metadata.inputs) {
    const extra = [
      input.required ? 'required' : '',
      input.default !== undefined ? `default: ${input.default}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    lines.push(`  --${input.name.padEnd(width)}${input.description}${extra ? ` (${extra})` : ''}`);
  }
  lines.push('', 'Outputs:');
  for (const output of metadata.outputs)
    lines.push(`  ${output.name.padEnd(width + 2)}${output.description}`);
  return `${lines.join('\n')}\n`;
}
