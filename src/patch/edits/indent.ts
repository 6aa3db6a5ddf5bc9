import { isBlank, leadingWhitespace, reindent } from './lines.js';

/** A quoted line's indentation as the model wrote it and as the file has it. */
export interface IndentPair {
  si: number;
  model: string;
  file: string;
}

export function indentPairs(
  alignment: (number | null)[],
  s: string[],
  file: string[],
): IndentPair[] {
  const pairs: IndentPair[] = [];
  for (const [si, fi] of alignment.entries()) {
    if (fi === null || isBlank(s[si]!) || isBlank(file[fi]!)) continue;
    pairs.push({ si, model: leadingWhitespace(s[si]!), file: leadingWhitespace(file[fi]!) });
  }
  return pairs;
}

/**
 * The file's indentation for a line the model adds, or undefined when it cannot be told. A quoted
 * line the model indented the same way tells it: first a line this one replaces, else the nearest
 * quoted lines, which must agree (a model that halved the file's indentation may have merged two
 * depths into one). Failing that, only one consistent shift across every quoted line is trusted.
 */
export function indentFor(
  line: string,
  at: { position: number; replacing: number[] },
  pairs: IndentPair[],
): string | undefined {
  if (isBlank(line)) return '';
  const model = leadingWhitespace(line);
  const body = line.slice(model.length).trimEnd();
  const same = pairs.filter((p) => p.model === model);
  const replaced = same.filter((p) => at.replacing.includes(p.si));
  const distance = (p: IndentPair) =>
    p.si >= at.position ? p.si - at.position : at.position - 1 - p.si;
  const nearest = same.filter((p) => distance(p) === Math.min(...same.map(distance)));
  for (const candidates of [replaced, nearest]) {
    const files = new Set(candidates.map((p) => p.file));
    if (files.size === 1) return [...files][0]! + body;
    if (files.size > 1) return undefined;
  }
  const shifts = new Set(pairs.map(shiftOf));
  if (shifts.size !== 1) return undefined;
  const [pair] = pairs;
  return reindent(line, pair!.model, pair!.file);
}

function shiftOf(pair: IndentPair): string {
  if (pair.file.endsWith(pair.model))
    return `add ${JSON.stringify(pair.file.slice(0, pair.file.length - pair.model.length))}`;
  if (pair.model.endsWith(pair.file)) return `drop ${pair.model.length - pair.file.length}`;
  return `map ${JSON.stringify(pair.model)} ${JSON.stringify(pair.file)}`;
}
