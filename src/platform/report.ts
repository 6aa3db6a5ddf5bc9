import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Who did what, with which model and at what cost: carried by every report. */
export interface AuditRecord {
  time: string;
  action: string;
  actor?: string;
  repository?: string;
  commit?: string;
  runId?: string;
  model?: string;
  promptHash?: string;
  tokensIn: number;
  tokensOut: number;
  estimatedCostUsd: number;
  durationMs: number;
  outcome: 'success' | 'failure' | 'neutral' | 'skipped';
  links: string[];
}

export interface ReportBase {
  schemaVersion: number;
  audit: AuditRecord;
}

export interface ModelUsage {
  model?: string;
  promptHash?: string;
  tokensIn: number;
  tokensOut: number;
  estimatedCostUsd: number;
}

export function emptyUsage(): ModelUsage {
  return { tokensIn: 0, tokensOut: 0, estimatedCostUsd: 0 };
}

export function addUsage(a: ModelUsage, b: ModelUsage): ModelUsage {
  return {
    model: b.model ?? a.model,
    promptHash: b.promptHash ?? a.promptHash,
    tokensIn: a.tokensIn + b.tokensIn,
    tokensOut: a.tokensOut + b.tokensOut,
    estimatedCostUsd: Number((a.estimatedCostUsd + b.estimatedCostUsd).toFixed(6)),
  };
}

export async function writeJsonReport(file: string, report: unknown): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`, 'utf8');
  return file;
}
