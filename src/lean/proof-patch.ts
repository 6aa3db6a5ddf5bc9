/** Proofs that Lean accepted, as a unified diff (for `git apply`) and as whole new file contents (for a PR). */
import type { Declaration } from './declarations.js';
import type { LeanFile } from './project.js';
import type { ProofProposal } from './proofs.js';

/** The statement (everything before the first `:=`) and the body of a declaration. */
export function splitDeclaration(
  source: string,
  decl: Declaration,
): { header: string; body: string } | undefined {
  const text = source
    .split('\n')
    .slice(decl.line - 1, decl.endLine)
    .join('\n');
  const at = text.indexOf(':=');
  if (at < 0) return undefined;
  return { header: text.slice(0, at).trimEnd(), body: text.slice(at + 2).trim() };
}

export function withProof(header: string, proof: string): string {
  const lines = proof.trim().split('\n');
  return `${header} :=\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

type FileEntry = { file: LeanFile; declarations: Declaration[] };

interface Edit {
  /** 1-based, inclusive: the declaration's lines. */
  start: number;
  end: number;
  lines: string[];
}

function editsFor(entry: FileEntry, proposals: ProofProposal[]): Edit[] {
  return proposals
    .filter((p) => p.file === entry.file.file)
    .flatMap((p) => {
      const decl = entry.declarations.find((d) => d.name === p.theorem);
      const parts = decl && splitDeclaration(entry.file.source, decl);
      return decl && parts
        ? [
            {
              start: decl.line,
              end: decl.endLine,
              lines: withProof(parts.header, p.proof).split('\n'),
            },
          ]
        : [];
    })
    .sort((a, b) => a.start - b.start);
}

function sourceLines(source: string): string[] {
  const lines = source.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function repoPath(projectPath: string, file: string): string {
  return [projectPath, file].filter((p) => p && p !== '.').join('/');
}

/** One hunk per file spanning all its proposals, with three lines of context. */
export function buildPatch(
  proposals: ProofProposal[],
  files: FileEntry[],
  projectPath: string,
): string {
  const out: string[] = [];
  for (const entry of files) {
    const edits = editsFor(entry, proposals);
    if (edits.length === 0) continue;
    const oldLines = sourceLines(entry.file.source);
    const from = Math.max(1, edits[0]!.start - 3);
    const to = Math.min(oldLines.length, edits[edits.length - 1]!.end + 3);
    const body: string[] = [];
    let line = from;
    let added = 0;
    for (const edit of edits) {
      for (; line < edit.start; line++) body.push(` ${oldLines[line - 1]}`);
      for (; line <= edit.end; line++) body.push(`-${oldLines[line - 1]}`);
      body.push(...edit.lines.map((l) => `+${l}`));
      added += edit.lines.length;
    }
    for (; line <= to; line++) body.push(` ${oldLines[line - 1]}`);
    const removed = edits.reduce((n, e) => n + e.end - e.start + 1, 0);
    const oldCount = to - from + 1;
    const name = repoPath(projectPath, entry.file.file);
    out.push(
      `--- a/${name}`,
      `+++ b/${name}`,
      `@@ -${from},${oldCount} +${from},${oldCount - removed + added} @@`,
      ...body,
    );
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** Each changed file's whole new content, paths relative to the repository. */
export function applyProposals(
  proposals: ProofProposal[],
  files: FileEntry[],
  projectPath: string,
): { path: string; content: string }[] {
  const changed: { path: string; content: string }[] = [];
  for (const entry of files) {
    const edits = editsFor(entry, proposals);
    if (edits.length === 0) continue;
    const lines = sourceLines(entry.file.source);
    for (const edit of [...edits].reverse())
      lines.splice(edit.start - 1, edit.end - edit.start + 1, ...edit.lines);
    changed.push({
      path: repoPath(projectPath, entry.file.file),
      content: `${lines.join('\n')}\n`,
    });
  }
  return changed;
}
