import { describe, expect, it } from 'vitest';
import { applyEditToText } from './apply.js';
import { isElisionLine, reindent } from './lines.js';

const source = [
  'export function total(items) {',
  '  let sum = 0;',
  '  for (const item of items) {',
  '    sum += item.price;',
  '  }',
  '  return sum;',
  '}',
  '',
  'export function count(items) {',
  '  return items.length;',
  '}',
  '',
].join('\n');

function applied(result: ReturnType<typeof applyEditToText>) {
  if (!result.applied)
    throw new Error(`not applied: ${result.reason}\n${result.didYouMean.join('\n')}`);
  return result;
}

describe('applyEditToText', () => {
  it('applies an exact match verbatim', () => {
    const r = applied(
      applyEditToText(source, '    sum += item.price;\n', '    sum += item.price * item.qty;\n'),
    );
    expect(r.strategy).toBe('exact');
    expect(r.content).toContain('    sum += item.price * item.qty;\n');
    expect(r.startLine).toBe(4);
  });

  it('tolerates indentation drift and re-indents the replacement', () => {
    const search = 'for (const item of items) {\n  sum += item.price;\n}';
    const replace = 'for (const item of items) {\n  if (!item) continue;\n  sum += item.price;\n}';
    const r = applied(applyEditToText(source, search, replace));
    expect(r.strategy).toBe('whitespace');
    expect(r.content).toContain(
      '  for (const item of items) {\n    if (!item) continue;\n    sum += item.price;\n  }\n',
    );
  });

  it('keeps the file’s own text for context lines quoted with trailing spaces', () => {
    const search = '  let sum = 0;   \n  for (const item of items) {  \n';
    const replace = '  let sum = 0;   \n  let seen = 0;  \n  for (const item of items) {  \n';
    const r = applied(applyEditToText(source, search, replace));
    expect(r.content).toContain('  let sum = 0;\n  let seen = 0;\n  for (const item of items) {\n');
  });

  it('matches fuzzily when one context line is misquoted, but never changes a misquoted line', () => {
    const search = [
      'export function total(items) {',
      '  let summ = 0;',
      '  for (const item of items) {',
      '    sum += item.price;',
      '  }',
    ].join('\n');
    const replace = search.replace('item.price;', 'item.price ?? 0;');
    const r = applied(applyEditToText(source, search, replace));
    expect(r.strategy).toBe('fuzzy');
    expect(r.content).toContain(
      '  let sum = 0;\n  for (const item of items) {\n    sum += item.price ?? 0;',
    );
    const wrongTarget = applyEditToText(
      source,
      search,
      search.replace('  let summ = 0;', '  let summ = 1;'),
    );
    expect(wrongTarget.applied).toBe(false);
  });

  it('keeps an elided middle', () => {
    const search = 'export function total(items) {\n  // ...\n  return sum;\n}';
    const replace = 'export function total(items) {\n  // ...\n  return Math.round(sum);\n}';
    const r = applied(applyEditToText(source, search, replace));
    expect(r.strategy).toBe('elided');
    expect(r.content).toContain('    sum += item.price;\n  }\n  return Math.round(sum);\n}');
  });

  it('rejects a missing SEARCH with "did you mean" lines', () => {
    const r = applyEditToText(
      source,
      'for (const entry of entries) {\n  sum += entry.cost;\n}',
      'x',
    );
    expect(r.applied).toBe(false);
    if (r.applied) return;
    expect(r.reason).toMatch(/does not match/);
    expect(r.didYouMean[0]).toMatch(/lines 3-5/);
  });

  it('rejects an ambiguous SEARCH', () => {
    const r = applyEditToText(source, '}\n', '};\n');
    expect(r.applied).toBe(false);
    if (!r.applied) expect(r.reason).toMatch(/matches 3 places/);
  });

  it('creates a missing file only from an empty SEARCH', () => {
    expect(applied(applyEditToText(undefined, '', 'new\n')).content).toBe('new\n');
    expect(applyEditToText(undefined, 'x', 'y').applied).toBe(false);
    expect(applyEditToText(source, '', 'y').applied).toBe(false);
  });

  it('keeps CRLF line endings', () => {
    const crlf = source.replace(/\n/g, '\r\n');
    const r = applied(
      applyEditToText(
        crlf,
        'let sum = 0;\nfor (const item of items) {',
        'let sum = 1;\nfor (const item of items) {',
      ),
    );
    expect(r.content).toContain('  let sum = 1;\r\n  for (const item of items) {\r\n');
  });
});

describe('line helpers', () => {
  it('tells an elision from a spread', () => {
    expect(isElisionLine('  // ...')).toBe(true);
    expect(isElisionLine('# ... existing code ...')).toBe(true);
    expect(isElisionLine('...')).toBe(true);
    expect(isElisionLine('  ...rest')).toBe(false);
    expect(isElisionLine('  ...args,')).toBe(false);
  });

  it('re-indents onto tabs', () => {
    expect(reindent('    x();', '  ', '\t')).toBe('\t\tx();');
    expect(reindent('x();', '  ', '    ')).toBe('  x();');
  });
});
