/** Line-level text helpers shared by the matchers: normalisation, similarity, indentation. */

/** A line compared "modulo whitespace": trimmed, inner runs of blanks collapsed. */
export function normalizeLine(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

export function leadingWhitespace(line: string): string {
  return /^[ \t]*/.exec(line)![0];
}

/** Split into lines; a final newline does not make an extra empty line. */
export function toLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Levenshtein distance, bailing out early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** 1 for equal lines (modulo whitespace), falling towards 0 with the edit distance; below 0.5 is 0. */
export function lineSimilarity(a: string, b: string): number {
  const x = normalizeLine(a);
  const y = normalizeLine(b);
  if (x === y) return 1;
  if (x === '' || y === '') return 0;
  const longest = Math.max(x.length, y.length);
  const distance = editDistance(x, y, Math.floor(longest / 2));
  const similarity = 1 - distance / longest;
  return similarity < 0.5 ? 0 : similarity;
}

/**
 * A line that stands for code the model left out: `...`, `// ...`, `# ... existing code ...`.
 * JavaScript spread (`...rest`) is code, not an elision, so words must follow a space.
 */
export function isElisionLine(line: string): boolean {
  const body = line
    .trim()
    .replace(/^(\/\/+|#+|\/\*+|\*|<!--|--)\s*/, '')
    .replace(/\s*(\*\/|-->)$/, '');
  return /^(\.\.\.|…)(\s+[A-Za-z ,()]*)?(\.\.\.|…)?$/.test(body);
}

/**
 * Moves a line written against the model's indentation onto the file's: the part of its indentation
 * that the model's anchor line had is swapped for the file's anchor indentation.
 */
export function reindent(line: string, modelAnchor: string, fileAnchor: string): string {
  if (isBlank(line)) return '';
  const indent = leadingWhitespace(line);
  const body = line.slice(indent.length).trimEnd();
  if (modelAnchor === fileAnchor) return indent + body;
  if (indent.startsWith(modelAnchor)) {
    return (
      fileAnchor + convertIndent(indent.slice(modelAnchor.length), modelAnchor, fileAnchor) + body
    );
  }
  // Less indented than the anchor: shorten the file's indentation by the same amount.
  const missing = modelAnchor.length - indent.length;
  return fileAnchor.slice(0, Math.max(0, fileAnchor.length - missing)) + body;
}

/** Extra indentation written in spaces where the file indents with tabs (or the reverse). */
function convertIndent(extra: string, modelAnchor: string, fileAnchor: string): string {
  const fileUsesTabs = fileAnchor.includes('\t') && !fileAnchor.includes(' ');
  const modelUsesSpaces = !modelAnchor.includes('\t');
  if (fileUsesTabs && modelUsesSpaces && /^ +$/.test(extra) && fileAnchor.length > 0) {
    const width = Math.max(1, Math.round(modelAnchor.length / fileAnchor.length)) || 2;
    return '\t'.repeat(Math.round(extra.length / width));
  }
  return extra;
}
