/**
 * Declarations of a Lean source file and the lines they span, read well enough to map Lean's messages
 * to them: a declaration runs from its keyword to the line before the next declaration or command at
 * the left margin. Namespaces are tracked so names are the ones `#print axioms` needs.
 */

export interface Declaration {
  /** Fully qualified (`Kintsugi.Risk.score_le_100`); `example`s are named `example@<line>`. */
  name: string;
  kind: string;
  file: string;
  /** 1-based, inclusive. */
  line: number;
  endLine: number;
  /** Line of the `:=` (or `by`/`|`/`where`) that starts the body, when found: where a proof can be replaced. */
  bodyLine?: number;
}

const MODIFIERS = String.raw`(?:(?:private|protected|noncomputable|partial|unsafe|nonrec|public|scoped|local)\s+)*`;
const ATTRIBUTES = String.raw`(?:@\[[^\]]*\]\s*)*`;
const DECLARATION = new RegExp(
  String.raw`^\s*${ATTRIBUTES}${MODIFIERS}(?<kind>theorem|lemma|def|abbrev|instance|example|structure|inductive|class|opaque|axiom)\b\s*(?<name>[^\s:({\[]+)?`,
);
/** Commands at the left margin that end the declaration before them. */
const COMMAND =
  /^(?:namespace|section|end|open|variable|universe|set_option|#\w+|import|attribute|mutual|noncomputable section|@\[|\/--|\/-!)/;

export function leanModuleName(file: string): string {
  return file
    .replace(/\\/g, '/')
    .replace(/\.lean$/, '')
    .split('/')
    .join('.');
}

export function findDeclarations(file: string, source: string): Declaration[] {
  const lines = source.split('\n');
  const found: Declaration[] = [];
  const namespaces: { name: string; kind: 'namespace' | 'section' }[] = [];
  let open: Declaration | undefined;
  let inComment = false;
  const close = (lastLine: number) => {
    if (!open) return;
    let end = lastLine;
    // Blank lines and comments after a declaration introduce what follows, not the declaration.
    while (end > open.line && /^\s*(?:--.*)?$/.test(lines[end - 1] ?? '')) end--;
    open.endLine = end;
    found.push(open);
    open = undefined;
  };
  for (const [index, raw] of lines.entries()) {
    const lineNo = index + 1;
    const line = raw.replace(/--.*$/, '');
    if (inComment) {
      if (raw.includes('-/')) inComment = false;
      continue;
    }
    if (/^\s*\/-/.test(raw) && !raw.includes('-/')) {
      if (/^\/-/.test(raw)) close(lineNo - 1);
      inComment = true;
      continue;
    }
    const decl = DECLARATION.exec(line);
    if (decl?.groups) {
      close(lineNo - 1);
      const prefix = namespaces.filter((n) => n.kind === 'namespace').map((n) => n.name);
      const own =
        decl.groups.kind === 'example' || !decl.groups.name
          ? `${decl.groups.kind}@${lineNo}`
          : decl.groups.name;
      const name = own.startsWith('_root_.') ? own.slice(7) : [...prefix, own].join('.');
      open = { name, kind: decl.groups.kind!, file, line: lineNo, endLine: lineNo };
    } else if (COMMAND.test(raw)) {
      close(lineNo - 1);
      trackScopes(line, namespaces);
    }
    if (open && open.bodyLine === undefined && /:=|\bwhere\b|^\s*\|/.test(line))
      open.bodyLine = lineNo;
  }
  close(lines.length);
  return found;
}

function trackScopes(
  line: string,
  scopes: { name: string; kind: 'namespace' | 'section' }[],
): void {
  const ns = /^namespace\s+(\S+)/.exec(line);
  if (ns) {
    for (const part of ns[1]!.split('.')) scopes.push({ name: part, kind: 'namespace' });
    return;
  }
  const section = /^(?:noncomputable\s+)?section\b\s*(\S*)/.exec(line);
  if (section) {
    scopes.push({ name: section[1] ?? '', kind: 'section' });
    return;
  }
  const end = /^end\b\s*(\S*)/.exec(line);
  if (end) {
    const parts = end[1] ? end[1].split('.').length : 1;
    scopes.splice(Math.max(0, scopes.length - parts), parts);
  }
}

/** The declaration whose lines contain `line` (the innermost, for a mutual block). */
export function declarationAt(declarations: Declaration[], line: number): Declaration | undefined {
  return declarations.filter((d) => d.line <= line && line <= d.endLine).pop();
}
