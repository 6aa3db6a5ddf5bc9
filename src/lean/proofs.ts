/**
 * Model-proposed proofs for failing theorems. The model only ever returns proof text; each candidate
 * is screened, written into a scratch copy of the file up to the theorem, and checked by Lean under
 * the same budget. Only candidates Lean accepts (no error, no sorry) are proposed, as a patch.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { ModelClient } from '../llm/index.js';
import type { Logger } from '../platform/logger.js';
import type { ModelUsage } from '../platform/report.js';
import { addUsage, emptyUsage } from '../platform/report.js';
import type { Declaration } from './declarations.js';
import type { Lake } from './lake.js';
import { parseLeanOutput } from './parse/parse.js';
import type { LeanFile } from './project.js';
import { applyProposals, buildPatch, splitDeclaration, withProof } from './proof-patch.js';
import type { DeclarationResult, LeanMessage } from './types.js';

export interface CandidateCheck {
  theorem: string;
  proof: string;
  accepted: boolean;
  /** Why it was refused: screened out, Lean's first error, sorry, timeout. */
  reason?: string;
}

export interface ProofProposal {
  theorem: string;
  file: string;
  line: number;
  proof: string;
}

export interface ProofSearch {
  proposals: ProofProposal[];
  checks: CandidateCheck[];
  usage: ModelUsage;
  /** A unified diff (paths relative to the repository) applying every proposal; empty when none. */
  patch: string;
  /** The changed files' new contents (paths relative to the repository), for a proof PR. */
  files: { path: string; content: string }[];
}

export interface ProofSearchOptions {
  client: ModelClient;
  lake: Lake;
  projectDir: string;
  /** The project directory relative to the repository root, for the patch paths. */
  projectPath: string;
  budgetPerFileMs: number;
  maxHeartbeats: number;
  maxCandidates: number;
  maxTheorems?: number;
  logger: Logger;
}

const PROVABLE = new Set(['theorem', 'lemma', 'example']);
const FORBIDDEN =
  /\bsorry\b|\badmit\b|\baxiom\b|\bimport\b|\bset_option\b|\bunsafe\b|\bimplemented_by\b|\bextern\b|\bnative_decide\b|#|@\[|\/-|-\//;
const MAX_PROOF_CHARS = 4000;

const ProofCandidates = z.object({
  candidates: z
    .array(
      z.object({
        proof: z.string().min(1).max(MAX_PROOF_CHARS),
        idea: z.string().max(500).optional(),
      }),
    )
    .max(8),
});

export function screenCandidate(proof: string): string | undefined {
  if (proof.length > MAX_PROOF_CHARS) return 'too long';
  const bad = FORBIDDEN.exec(proof);
  return bad ? `contains ${JSON.stringify(bad[0])}` : undefined;
}

export async function searchProofs(
  failing: DeclarationResult[],
  files: { file: LeanFile; declarations: Declaration[]; messages: LeanMessage[] }[],
  options: ProofSearchOptions,
): Promise<ProofSearch> {
  const search: ProofSearch = {
    proposals: [],
    checks: [],
    usage: emptyUsage(),
    patch: '',
    files: [],
  };
  const targets = failing.filter(
    (d) => PROVABLE.has(d.kind) && (d.status === 'sorry' || d.status === 'error'),
  );
  for (const theorem of targets.slice(0, options.maxTheorems ?? 10)) {
    const entry = files.find((f) => f.file.file === theorem.file);
    const decl = entry?.declarations.find((d) => d.name === theorem.name);
    const parts = entry && decl ? splitDeclaration(entry.file.source, decl) : undefined;
    if (!entry || !decl || !parts) continue;
    const errors = entry.messages
      .filter(
        (m) =>
          m.line !== undefined &&
          m.line >= decl.line &&
          m.line <= decl.endLine &&
          m.severity !== 'info',
      )
      .map((m) => `${m.line}:${m.column ?? 0}: ${m.severity}: ${m.text}`)
      .join('\n');
    const reply = await options.client.structured({
      system:
        'You write Lean 4 proofs. Reply with up to the requested number of candidate proofs for the theorem: ' +
        'each is exactly the text that follows `:=` (a term, or `by` and tactics). Use only what the file imports; ' +
        'never sorry, admit, axioms, set_option or new commands.',
      prompt: `Give at most ${options.maxCandidates} different candidate proofs for ${theorem.name}.`,
      untrusted: [
        { label: `Lean statement of ${theorem.name}`, text: parts.header, priority: 3 },
        { label: 'current proof', text: parts.body, priority: 1 },
        {
          label: 'Lean messages (errors and goals)',
          text: errors || `status: ${theorem.status}`,
          priority: 2,
          keep: 'head',
        },
      ],
      tool: {
        name: 'propose_proofs',
        description: 'Candidate proofs, each the text after `:=`.',
        schema: ProofCandidates,
      },
      budgetTokens: 8_000,
    });
    search.usage = addUsage(search.usage, reply.usage);
    const candidates = reply.value.candidates.slice(0, options.maxCandidates);
    for (const [index, candidate] of candidates.entries()) {
      const check = await checkCandidate(
        theorem,
        decl,
        entry.file,
        parts.header,
        candidate.proof,
        index,
        options,
      );
      search.checks.push(check);
      if (check.accepted) {
        search.proposals.push({
          theorem: theorem.name,
          file: theorem.file,
          line: decl.line,
          proof: candidate.proof.trim(),
        });
        break;
      }
    }
  }
  search.patch = buildPatch(search.proposals, files, options.projectPath);
  search.files = applyProposals(search.proposals, files, options.projectPath);
  return search;
}

async function checkCandidate(
  theorem: DeclarationResult,
  decl: Declaration,
  file: LeanFile,
  header: string,
  proof: string,
  index: number,
  options: ProofSearchOptions,
): Promise<CandidateCheck> {
  const base = { theorem: theorem.name, proof };
  const screened = screenCandidate(proof);
  if (screened) return { ...base, accepted: false, reason: `refused before Lean: ${screened}` };
  const before = file.source
    .split('\n')
    .slice(0, decl.line - 1)
    .join('\n');
  const dir = path.join(options.projectDir, '.lake', 'kintsugi', 'candidates');
  await mkdir(dir, { recursive: true });
  const scratch = path.join(dir, `${file.module.replace(/\W/g, '_')}_${decl.line}_${index}.lean`);
  await writeFile(scratch, `${before}\n${withProof(header, proof)}\n`, 'utf8');
  const result = await options.lake.checkFile(path.relative(options.projectDir, scratch), {
    maxHeartbeats: options.maxHeartbeats,
    timeoutMs: options.budgetPerFileMs,
  });
  if (result.timedOut) return { ...base, accepted: false, reason: 'ran out of the budget' };
  const messages = parseLeanOutput(result.output).messages;
  const error = messages.find((m) => m.severity === 'error');
  if (error) return { ...base, accepted: false, reason: `Lean: ${error.text.split('\n')[0]}` };
  if (messages.some((m) => m.sorry))
    return { ...base, accepted: false, reason: 'Lean: uses sorry' };
  if (result.exitCode !== 0)
    return { ...base, accepted: false, reason: `Lean exited with ${result.exitCode}` };
  options.logger.info(`candidate ${index + 1} for ${theorem.name} checks`);
  return { ...base, accepted: true };
}
