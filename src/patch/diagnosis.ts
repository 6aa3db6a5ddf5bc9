import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { DiagnoseReport } from '../diagnose/report.js';
import { CATEGORIES, DIAGNOSE_SCHEMA_VERSION } from '../diagnose/report.js';
import type { ArtifactStore } from '../platform/artifacts.js';
import { ConfigError } from '../platform/errors.js';

const category = z.enum(CATEGORIES);

/** The parts of the diagnose report patch relies on, checked before anything is trusted. */
const diagnoseReportSchema = z.object({
  schemaVersion: z.literal(DIAGNOSE_SCHEMA_VERSION),
  category,
  confidence: z.number().min(0).max(1),
  summary: z.string(),
  excerpts: z.array(
    z.object({
      file: z.string(),
      startLine: z.number().int(),
      endLine: z.number().int(),
      text: z.string(),
    }),
  ),
  failingTests: z.array(
    z.object({
      name: z.string(),
      file: z.string().optional(),
      line: z.number().int().optional(),
      message: z.string().optional(),
    }),
  ),
  locations: z.array(
    z.object({
      file: z.string(),
      line: z.number().int(),
      column: z.number().int().optional(),
      message: z.string(),
      tool: z.string().optional(),
    }),
  ),
  tools: z.array(z.string()),
  jobs: z.array(
    z.object({
      name: z.string(),
      logFile: z.string().optional(),
      failedStep: z.string().optional(),
      command: z.string().optional(),
      category,
      tools: z.array(z.string()),
    }),
  ),
  llm: z
    .object({
      used: z.boolean(),
      model: z.string().optional(),
      rootCause: z.string().optional(),
      suggestedFix: z.string().optional(),
      rejected: z.string().optional(),
    })
    .nullable(),
  audit: z.looseObject({ time: z.string(), action: z.string() }),
});

/** Validates a parsed diagnose report; `where` names it in the messages. */
export function parseDiagnosis(value: unknown, where: string): DiagnoseReport {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigError(
      `Input diagnosis: ${where} is not a diagnose report (expected a JSON object)`,
    );
  }
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (version !== DIAGNOSE_SCHEMA_VERSION) {
    throw new ConfigError(
      `Input diagnosis: ${where} has schemaVersion ${JSON.stringify(version ?? null)}; ` +
        `this patch reads diagnose reports with schemaVersion ${DIAGNOSE_SCHEMA_VERSION}`,
    );
  }
  const parsed = diagnoseReportSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new ConfigError(
      `Input diagnosis: ${where} is not a valid diagnose report: ${problems.join('; ')}`,
    );
  }
  // The audit record is checked loosely: patch reads none of it beyond time and action.
  return parsed.data as unknown as DiagnoseReport;
}

export interface DiagnosisSources {
  workspace: string;
  artifacts?: ArtifactStore;
  /** Where a downloaded artifact is unpacked. */
  tempDir: string;
}

/** A report path (absolute or relative to the workspace), or the name of an artifact holding one. */
export async function readDiagnosis(
  reference: string,
  sources: DiagnosisSources,
): Promise<DiagnoseReport> {
  const file = await findReportFile(reference, sources);
  const text = await readFile(file, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(
      `Input diagnosis: ${file} is not valid JSON (${(error as Error).message})`,
    );
  }
  return parseDiagnosis(value, file);
}

async function findReportFile(reference: string, sources: DiagnosisSources): Promise<string> {
  const candidate = path.resolve(sources.workspace, reference);
  const found = await stat(candidate).catch(() => undefined);
  if (found?.isFile()) return candidate;
  const looksLikeArtifact = /^[A-Za-z0-9._-]+$/.test(reference) && !reference.endsWith('.json');
  if (!looksLikeArtifact || !sources.artifacts) {
    throw new ConfigError(
      `Input diagnosis got ${JSON.stringify(reference)}: no such file` +
        (looksLikeArtifact ? ' and no artifact store to look it up in' : '') +
        '; accepted: a diagnose report path or the name of an artifact (kintsugi-diagnose)',
    );
  }
  const destination = await mkdtemp(path.join(sources.tempDir, 'kintsugi-diagnosis-'));
  await sources.artifacts.download(reference, { destination });
  const reports = (await readdir(destination, { recursive: true }))
    .map(String)
    .filter((name) => name.endsWith('.json'));
  const preferred = reports.find((name) => /diagnose/.test(path.basename(name))) ?? reports[0];
  if (!preferred) {
    throw new ConfigError(`Input diagnosis: artifact ${reference} holds no JSON report`);
  }
  return path.join(destination, preferred);
}
