/**
 * `lean --json` prints one JSON object per message:
 * `{"severity":"error","pos":{"line":3,"column":2},"endPos":{...}|null,"fileName":"x.lean","data":"...","caption":"","kind":"..."}`.
 */
import type { LeanMessage } from '../types.js';
import { normalisePath } from './lines.js';

interface JsonPosition {
  line?: unknown;
  column?: unknown;
}

function position(value: unknown): { line?: number; column?: number } {
  if (!value || typeof value !== 'object') return {};
  const { line, column } = value as JsonPosition;
  return {
    ...(typeof line === 'number' ? { line } : {}),
    ...(typeof column === 'number' ? { column } : {}),
  };
}

/** Parses a line if it is a `lean --json` message; anything else (including other JSON) → undefined. */
export function parseJsonMessage(line: string): LeanMessage | undefined {
  if (!line.startsWith('{') || !line.includes('"severity"')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  const severity = record.severity;
  if (severity !== 'error' && severity !== 'warning' && severity !== 'information')
    return undefined;
  const start = position(record.pos);
  const end = position(record.endPos);
  const kind =
    typeof record.kind === 'string' && record.kind !== '[anonymous]' ? record.kind : undefined;
  const message: LeanMessage = {
    ...(typeof record.fileName === 'string' ? { path: normalisePath(record.fileName) } : {}),
    ...(start.line !== undefined ? { line: start.line } : {}),
    ...(start.column !== undefined ? { column: start.column } : {}),
    ...(end.line !== undefined ? { endLine: end.line } : {}),
    ...(end.column !== undefined ? { endColumn: end.column } : {}),
    severity: severity === 'information' ? 'info' : severity,
    ...(kind ? { name: kind } : {}),
    text: typeof record.data === 'string' ? record.data.replace(/\n+$/, '') : '',
    origin: 'json',
  };
  return message;
}
