import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { ModelClient } from '../llm/index.js';
import type { ModelUsage } from '../platform/report.js';
import type { LogDiagnosis } from './analyse-log.js';
import { forEachLine } from './line-reader.js';
import type { Category, DiagnoseReport, LlmDiagnosis } from './report.js';
import { CATEGORIES } from './report.js';

const ReplySchema = z.object({
  rootCause: z.string().min(1).max(2000),
  category: z.enum(CATEGORIES),
  evidence: z
    .array(
      z.object({
        file: z.string().max(500),
        line: z.number().int().positive(),
        text: z.string().max(500).optional(),
      }),
    )
    .min(1)
    .max(20),
  suggestedFix: z.string().max(4000),
  confidence: z.number().min(0).max(1),
});
type Reply = z.infer<typeof ReplySchema>;

export interface ModelStepResult {
  llm: LlmDiagnosis;
  usage?: ModelUsage;
  /** The model's category and confidence, when its reply stood the checks. */
  category?: Category;
  confidence?: number;
}

/**
 * Asks the model to explain the failure from the heuristic findings. Its reply is checked against
 * the logs: evidence lines that are not in them void it, and the heuristic result stands.
 */
export async function explainWithModel(
  client: ModelClient,
  report: Omit<DiagnoseReport, 'llm' | 'audit'>,
  logs: readonly { diagnosis: LogDiagnosis; path: string }[],
  options: { budgetTokens: number; sourceSnippets?: string; baselineNote?: string },
): Promise<ModelStepResult> {
  const untrusted = [
    ...report.excerpts.map((e, i) => ({
      label: `log excerpt ${e.file} lines ${e.startLine}-${e.endLine}`,
      text: numbered(e.text, e.startLine),
      priority: 10 - i,
      keep: 'head' as const,
    })),
    { label: 'failing tests', text: JSON.stringify(report.failingTests.slice(0, 40)), priority: 5 },
    {
      label: 'source locations named by tools',
      text: JSON.stringify(report.locations.slice(0, 40)),
      priority: 4,
    },
    ...(options.sourceSnippets
      ? [{ label: 'source lines around the locations', text: options.sourceSnippets, priority: 3 }]
      : []),
  ];
  try {
    const reply = await client.structured<Reply>({
      system:
        'You explain why a CI run failed. Use only the log excerpts and findings given. Cite evidence as the log file and 1-based line numbers shown at the start of each excerpt line.',
      prompt: `Heuristic diagnosis: ${report.category} (confidence ${report.confidence}). ${report.summary}\n${options.baselineNote ?? ''}\nGive the root cause, the category, evidence lines, a suggested fix and your confidence.`,
      untrusted,
      tool: {
        name: 'diagnosis',
        description: 'The root cause of the CI failure with evidence lines from the log.',
        schema: ReplySchema,
      },
      budgetTokens: options.budgetTokens,
    });
    const problem = await checkEvidence(reply.value, logs);
    const llm: LlmDiagnosis = { used: !problem, model: client.model };
    if (problem) return { llm: { ...llm, rejected: problem }, usage: reply.usage };
    return {
      llm: { ...llm, rootCause: reply.value.rootCause, suggestedFix: reply.value.suggestedFix },
      usage: reply.usage,
      category: reply.value.category,
      confidence: reply.value.confidence,
    };
  } catch (error) {
    return {
      llm: {
        used: false,
        model: client.model,
        rejected: `model step failed: ${(error as Error).message}`,
      },
    };
  }
}

function numbered(text: string, start: number): string {
  return text
    .split('\n')
    .map((line, i) => `${start + i}: ${line}`)
    .join('\n');
}

/** Every evidence line must exist in a log we read and, when quoted, say what the model quoted. */
async function checkEvidence(
  reply: Reply,
  logs: readonly { diagnosis: LogDiagnosis; path: string }[],
): Promise<string | undefined> {
  for (const evidence of reply.evidence) {
    const log =
      logs.find((l) => l.diagnosis.file === evidence.file) ??
      (logs.length === 1 ? logs[0] : undefined);
    if (!log) return `evidence cites "${evidence.file}", which is not one of the logs`;
    if (evidence.line > log.diagnosis.lineCount)
      return `evidence cites line ${evidence.line} of ${log.diagnosis.file}, which has ${log.diagnosis.lineCount} lines`;
    if (evidence.text) {
      const actual = await lineAt(log.path, evidence.line);
      if (!normalise(actual).includes(normalise(evidence.text).slice(0, 200)))
        return `evidence line ${evidence.line} of ${log.diagnosis.file} does not say "${evidence.text.slice(0, 80)}"`;
    }
  }
  return undefined;
}

async function lineAt(file: string, wanted: number): Promise<string> {
  let n = 0;
  let found = '';
  await forEachLine(file, (line) => {
    n++;
    if (n === wanted) {
      found = line;
      return false;
    }
    return true;
  });
  return found;
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export async function readSourceSnippets(
  workspace: string,
  locations: readonly { file: string; line: number }[],
  max = 8,
): Promise<string> {
  const parts: string[] = [];
  for (const loc of locations.slice(0, max)) {
    // Paths come from the log (untrusted): only files inside the workspace are read.
    const file = path.resolve(workspace, loc.file);
    if (!file.startsWith(path.resolve(workspace) + path.sep)) continue;
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const lines = text.split('\n');
    const from = Math.max(1, loc.line - 3);
    const to = Math.min(lines.length, loc.line + 3);
    parts.push(
      `${loc.file}:${from}-${to}\n${lines
        .slice(from - 1, to)
        .map((l, i) => `${from + i}: ${l}`)
        .join('\n')}`,
    );
  }
  return parts.join('\n\n');
}
