import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { DiagnoseReport } from '../diagnose/report.js';
import type { ModelClient } from '../llm/index.js';
import type { ModelUsage } from '../platform/report.js';
import { applyEditToText, type MatchStrategy, type SearchReplaceEdit } from './edits/apply.js';
import { pathRefusal, type SafetyPolicy } from './safety.js';
import { resolveInside, type FileChange } from './workspace.js';

/** What the model may answer: search/replace edits and a short explanation; nothing else. */
export const modelEditsSchema = z.object({
  edits: z
    .array(
      z.object({
        path: z.string().min(1).max(300).describe('File path relative to the repository root'),
        search: z
          .string()
          .max(20_000)
          .describe('Exact lines to find (empty only to create a new file)'),
        replace: z.string().max(20_000).describe('Lines to put in their place'),
      }),
    )
    .min(1)
    .max(20),
  explanation: z.string().max(4_000),
});

export type ModelEdits = z.infer<typeof modelEditsSchema>;

const SYSTEM = [
  'You fix a failing CI check with the smallest possible change to the source.',
  'Reply only through the tool: search/replace edits. SEARCH must quote lines of the file exactly as given,',
  'with enough context to be unique. Never edit workflows, never skip, delete or weaken tests, never add',
  'TODO markers or secrets. Fix the cause the diagnosis shows.',
].join(' ');

const REGION_MARGIN = 25;
const WHOLE_FILE_LINES = 200;

/** The diagnosis's blamed files, whole when small, else the regions around the blamed lines. */
export async function fileContext(
  root: string,
  diagnosis: DiagnoseReport,
): Promise<{ label: string; text: string }[]> {
  const lines = new Map<string, number[]>();
  for (const l of diagnosis.locations) lines.set(l.file, [...(lines.get(l.file) ?? []), l.line]);
  for (const t of diagnosis.failingTests)
    if (t.file) lines.set(t.file, [...(lines.get(t.file) ?? []), t.line ?? 1]);
  const parts: { label: string; text: string }[] = [];
  for (const [file, at] of [...lines].slice(0, 8)) {
    const resolved = await resolveInside(root, file);
    if ('refused' in resolved) continue;
    const text = await readFile(resolved.file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const all = text.split('\n');
    if (all.length <= WHOLE_FILE_LINES) {
      parts.push({ label: `file ${file}`, text });
      continue;
    }
    for (const [start, end] of mergeRegions(at, all.length)) {
      parts.push({
        label: `file ${file}, lines ${start}-${end}`,
        text: all.slice(start - 1, end).join('\n'),
      });
    }
  }
  return parts;
}

function mergeRegions(lines: number[], total: number): [number, number][] {
  const regions: [number, number][] = [];
  for (const line of [...lines].sort((a, b) => a - b)) {
    const start = Math.max(1, line - REGION_MARGIN);
    const end = Math.min(total, line + REGION_MARGIN);
    const last = regions[regions.length - 1];
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else regions.push([start, end]);
  }
  return regions;
}

export interface Proposal {
  edits: SearchReplaceEdit[];
  explanation: string;
  usage: ModelUsage;
  promptHash: string;
}

/** One model call: the diagnosis, the files, and what went wrong last time. */
export async function proposeEdits(
  model: ModelClient,
  root: string,
  diagnosis: DiagnoseReport,
  feedback: string | undefined,
  budgetTokens: number,
): Promise<Proposal> {
  const files = await fileContext(root, diagnosis);
  const excerpt = diagnosis.excerpts[0];
  const prompt = [
    `The CI check failed: ${diagnosis.summary} (category ${diagnosis.category}).`,
    diagnosis.failingTests.length
      ? `Failing tests: ${diagnosis.failingTests.map((t) => t.name).join(', ')}.`
      : '',
    diagnosis.llm?.suggestedFix ? `A diagnosis hint: ${diagnosis.llm.suggestedFix}` : '',
    feedback
      ? 'Your previous attempt was not accepted: the block labelled "why the previous attempt was not accepted" says why (it quotes tool and test output).'
      : '',
    'Propose the edits.',
  ]
    .filter(Boolean)
    .join('\n\n');
  const untrusted = [
    // Test and compiler output comes from running the repository's code: data, never instructions.
    ...(feedback
      ? [
          {
            label: 'why the previous attempt was not accepted',
            text: feedback,
            priority: 4,
            keep: 'tail' as const,
          },
        ]
      : []),
    ...(excerpt
      ? [
          {
            label: `log excerpt (${excerpt.file}:${excerpt.startLine}-${excerpt.endLine})`,
            text: excerpt.text,
            priority: 2,
            keep: 'tail' as const,
          },
        ]
      : []),
    ...diagnosis.locations
      .slice(0, 20)
      .map((l) => ({ label: `location ${l.file}:${l.line}`, text: l.message, priority: 1 })),
    ...files.map((f) => ({ ...f, priority: 3 })),
  ];
  const reply = await model.structured({
    system: SYSTEM,
    prompt,
    untrusted,
    tool: {
      name: 'propose_edits',
      description: 'Search/replace edits that fix the failing check',
      schema: modelEditsSchema,
    },
    budgetTokens,
    maxReplyTokens: 4_096,
  });
  return {
    edits: reply.value.edits,
    explanation: reply.value.explanation,
    usage: reply.usage,
    promptHash: reply.promptHash,
  };
}

export interface AppliedEdit {
  path: string;
  strategy: MatchStrategy;
  startLine: number;
  endLine: number;
}

export type EditApplication =
  | { ok: true; changes: FileChange[]; applied: AppliedEdit[]; contents: Map<string, string> }
  | { ok: false; reasons: string[]; feedback: string };

/**
 * Applies every edit in memory, in order (later edits see earlier ones). Nothing touches the disk:
 * the caller writes the contents only once the patch has passed the safety checks.
 */
export async function applyEditsInMemory(
  root: string,
  edits: SearchReplaceEdit[],
  policy: SafetyPolicy,
): Promise<EditApplication> {
  const contents = new Map<string, string | undefined>();
  const originals = new Map<string, string | undefined>();
  const applied: AppliedEdit[] = [];
  const reasons: string[] = [];
  const feedback: string[] = [];
  for (const edit of edits) {
    const normal = edit.path.replace(/^\.\//, '');
    const refusal = pathRefusal(normal, policy);
    const resolved = await resolveInside(root, normal);
    if (refusal || 'refused' in resolved) {
      reasons.push(refusal ?? (resolved as { refused: string }).refused);
      continue;
    }
    if (!originals.has(normal)) {
      const text = await readFile(resolved.file, 'utf8').catch(() => undefined);
      originals.set(normal, text);
      contents.set(normal, text);
    }
    const result = applyEditToText(contents.get(normal), edit.search, edit.replace);
    if (!result.applied) {
      reasons.push(`${normal}: ${result.reason}`);
      feedback.push(
        `${normal}: ${result.reason}${result.didYouMean.length ? `\ndid you mean ${result.didYouMean.join('\nor ')}` : ''}`,
      );
      continue;
    }
    contents.set(normal, result.content);
    applied.push({
      path: normal,
      strategy: result.strategy,
      startLine: result.startLine,
      endLine: result.endLine,
    });
  }
  if (reasons.length > 0)
    return { ok: false, reasons, feedback: (feedback.length ? feedback : reasons).join('\n\n') };
  const changes: FileChange[] = [];
  const written = new Map<string, string>();
  for (const [file, after] of contents) {
    const before = originals.get(file);
    if (after === undefined || after === before) continue;
    changes.push({
      path: file,
      status: before === undefined ? 'added' : 'modified',
      before,
      after,
    });
    written.set(file, after);
  }
  return { ok: true, changes, applied, contents: written };
}
