// Edit-application accuracy: real source files of installed npm packages, edits quoted the way
// models get them wrong. An edit is "correct" when the result equals the intended file exactly,
// "wrong" when it applied but differs (must be 0), otherwise rejected (fed back to the model).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResult } from './harness.js';
import { applyEditToText } from '../src/patch/edits/apply.js';
import { findWhitespaceMatches } from '../src/patch/edits/locate.js';
import { isBlank, isElisionLine, leadingWhitespace } from '../src/patch/edits/lines.js';

const DISTORTIONS = [
  'indentation drift',
  'trailing spaces',
  'context line off',
  'elided middle',
] as const;
type Distortion = (typeof DISTORTIONS)[number];
const FILES = 70;
// 20261122 (and 1-9, not run here) were looked at while tuning the matcher; 11-14 were first run
// after the last change to it: they are the held-out part.
const SEEDS = [20261122, 11, 12, 13, 14];

export interface Case {
  file: string;
  distortion: Distortion;
  original: string;
  expected: string;
  search: string;
  replace: string;
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function listSources(root: string, out: string[], depth = 0): Promise<void> {
  if (depth > 6 || out.length > 6000) return;
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory() && !entry.name.startsWith('.')) await listSources(full, out, depth + 1);
    else if (entry.isFile() && entry.name.endsWith('.js') && !entry.name.endsWith('.min.js'))
      out.push(full);
  }
}

/** An intended change inside a window: modify, insert after, or delete one line. */
function change(window: string[], at: number, rnd: () => number): string[] {
  const line = window[at]!;
  const kind = Math.floor(rnd() * 3);
  const result = [...window];
  if (kind === 0) result[at] = `${line.trimEnd()} // kintsugi: checked`;
  else if (kind === 1)
    result.splice(
      at + 1,
      0,
      `${leadingWhitespace(line)}kintsugiProbe(${Math.floor(rnd() * 100)});`,
    );
  else result.splice(at, 1);
  return result;
}

const SEPARATOR = '\u0000';

function distort(
  lines: string[],
  distortion: Distortion,
  rnd: () => number,
  changedAt: number,
): string[] | undefined {
  const result = distortLines(
    lines.filter((l) => l !== SEPARATOR),
    distortion,
    rnd,
    changedAt,
  );
  const cut = lines.indexOf(SEPARATOR);
  return result && cut >= 0 ? [...result.slice(0, cut), SEPARATOR, ...result.slice(cut)] : result;
}

function distortLines(
  lines: string[],
  distortion: Distortion,
  rnd: () => number,
  changedAt: number,
): string[] | undefined {
  if (distortion === 'indentation drift') {
    const min = Math.min(
      ...lines.filter((l) => !isBlank(l)).map((l) => leadingWhitespace(l).length),
    );
    const mode = Math.floor(rnd() * 3);
    if (mode === 0 && min > 0)
      return lines.map((l) => l.slice(Math.min(min, leadingWhitespace(l).length)));
    if (mode === 1 && lines.every((l) => !leadingWhitespace(l).includes('\t'))) {
      return lines.map(
        (l) => ' '.repeat(Math.floor(leadingWhitespace(l).length / 2)) + l.trimStart(),
      );
    }
    return lines.map((l) => (isBlank(l) ? l : `  ${l}`));
  }
  if (distortion === 'trailing spaces')
    return lines.map((l, k) => (k % 2 === 0 ? `${l}${' '.repeat(1 + (k % 3))}` : l));
  if (distortion === 'context line off') {
    const context = lines
      .map((_, k) => k)
      .filter(
        (k) => Math.abs(k - changedAt) > 1 && !isBlank(lines[k]!) && lines[k]!.trim().length > 6,
      );
    const pick = context[Math.floor(rnd() * context.length)];
    if (pick === undefined) return undefined;
    const copy = [...lines];
    if (rnd() < 0.5) copy.splice(pick, 1);
    else {
      const text = copy[pick]!;
      const at = leadingWhitespace(text).length + 1 + Math.floor(rnd() * (text.trim().length - 2));
      copy[pick] = text.slice(0, at) + text.slice(at + 1);
    }
    return copy;
  }
  return lines;
}

function makeCase(
  file: string,
  content: string,
  distortion: Distortion,
  rnd: () => number,
): Case | undefined {
  const lines = content.split('\n');
  const size =
    distortion === 'elided middle' ? 12 + Math.floor(rnd() * 5) : 8 + Math.floor(rnd() * 5);
  for (let attempt = 0; attempt < 20; attempt++) {
    const start = Math.floor(rnd() * Math.max(1, lines.length - size));
    const window = lines.slice(start, start + size);
    if (
      window.length < size ||
      window.some((l) => l.length > 160 || isElisionLine(l) || l.includes('\r'))
    )
      continue;
    if (window.filter((l) => !isBlank(l)).length < size - 2 || new Set(window).size < size - 1)
      continue;
    if (findWhitespaceMatches(lines, window).length !== 1) continue;
    const headSize = 3 + Math.floor(rnd() * 2);
    const changedAt =
      distortion === 'elided middle'
        ? rnd() < 0.5
          ? 1 + Math.floor(rnd() * (headSize - 1))
          : size - headSize + Math.floor(rnd() * (headSize - 1))
        : 2 + Math.floor(rnd() * (size - 4));
    if (isBlank(window[changedAt]!)) continue;
    const intended = change(window, changedAt, rnd);
    const expected = [...lines.slice(0, start), ...intended, ...lines.slice(start + size)].join(
      '\n',
    );
    let search: string[] | undefined;
    let replace: string[] | undefined;
    if (distortion === 'elided middle') {
      const elision = `${leadingWhitespace(window[0]!)}// ...`;
      const delta = intended.length - window.length;
      search = [...window.slice(0, headSize), elision, ...window.slice(size - headSize)];
      const headEnd = headSize + (changedAt < headSize ? delta : 0);
      const tailLength = headSize + (changedAt >= size - headSize ? delta : 0);
      replace = [
        ...intended.slice(0, headEnd),
        elision,
        ...intended.slice(intended.length - tailLength),
      ];
    } else {
      // The model's view: the same slip made on the quoted lines and on its rewrite of them.
      const both = distort([...window, SEPARATOR, ...intended], distortion, rnd, changedAt);
      if (distortion === 'context line off') {
        search = distort(window, distortion, random(start), changedAt);
        const dropped = search && window.find((l, k) => search![k] !== l);
        replace =
          dropped !== undefined && search
            ? syncContext(window, search, intended, changedAt)
            : undefined;
      } else if (both) {
        const cut = both.indexOf(SEPARATOR);
        search = both.slice(0, cut);
        replace = both.slice(cut + 1);
      }
    }
    if (!search || !replace || search.join('\n') === window.join('\n')) continue;
    return {
      file,
      distortion,
      original: content,
      expected,
      search: search.join('\n'),
      replace: replace.join('\n'),
    };
  }
  return undefined;
}

/** The model rewrites from its own (misquoted) memory of the context: carry its slip into REPLACE. */
function syncContext(
  window: string[],
  search: string[],
  intended: string[],
  changedAt: number,
): string[] {
  // Where window line k sits in the intended lines: the change at changedAt shifts what follows.
  const delta = intended.length - window.length;
  const at = (k: number) =>
    k < changedAt ? k : k === changedAt && delta <= 0 ? (delta < 0 ? -1 : k) : k + delta;
  const result = [...intended];
  if (search.length < window.length) {
    const dropped = window.findIndex((l, k) => search[k] !== l);
    if (at(dropped) >= 0) result.splice(at(dropped), 1);
  } else {
    const k = window.findIndex((l, i) => search[i] !== l);
    if (k >= 0 && at(k) >= 0) result[at(k)] = search[k]!;
  }
  return result;
}

/** The seeded edit set (exported for debugging a case by hand). */
export async function buildCases(
  seed = Number(process.env.KINTSUGI_BENCH_SEED ?? 20261122),
): Promise<{ cases: Case[]; files: number }> {
  const sources: string[] = [];
  await listSources(path.resolve('node_modules'), sources);
  const rnd = random(seed);
  const cases: Case[] = [];
  const shuffled = sources
    .map((f) => ({ f, k: rnd() }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.f);
  let files = 0;
  for (const file of shuffled) {
    if (files >= FILES) break;
    const size = (await stat(file)).size;
    if (size < 3000 || size > 150_000) continue;
    const content = await readFile(file, 'utf8');
    const made = DISTORTIONS.map((d) => makeCase(file, content, d, rnd));
    if (made.some((c) => !c)) continue;
    cases.push(...(made as Case[]));
    files++;
  }
  return { cases, files };
}

export default async function bench(): Promise<BenchResult> {
  const cases: Case[] = [];
  let files = 0;
  for (const seed of SEEDS) {
    const built = await buildCases(seed);
    cases.push(...built.cases);
    files += built.files;
  }
  const tally = new Map<Distortion, { correct: number; wrong: number; rejected: number }>();
  const wrongExamples: string[] = [];
  const started = performance.now();
  for (const c of cases) {
    const t = tally.get(c.distortion) ?? { correct: 0, wrong: 0, rejected: 0 };
    const result = applyEditToText(c.original, c.search, c.replace);
    if (!result.applied) t.rejected++;
    else if (result.content === c.expected) t.correct++;
    else {
      t.wrong++;
      if (wrongExamples.length < 3)
        wrongExamples.push(`${path.relative('node_modules', c.file)} (${c.distortion})`);
    }
    tally.set(c.distortion, t);
  }
  const elapsed = performance.now() - started;
  const total = cases.length;
  const sum = (k: 'correct' | 'wrong' | 'rejected') =>
    [...tally.values()].reduce((n, t) => n + t[k], 0);
  const pct = (n: number, of: number) => (of === 0 ? 0 : (100 * n) / of);
  return {
    title: 'patch: search/replace edit application',
    figures: [
      { name: 'edits', value: total, unit: 'edits', target: '>= 200', met: total >= 200 },
      { name: 'applied correctly', value: pct(sum('correct'), total), unit: '%' },
      {
        name: 'applied wrongly',
        value: pct(sum('wrong'), total),
        unit: '%',
        target: '= 0',
        met: sum('wrong') === 0,
      },
      ...DISTORTIONS.map((d) => {
        const t = tally.get(d) ?? { correct: 0, wrong: 0, rejected: 0 };
        return {
          name: `correct, ${d}`,
          value: pct(t.correct, t.correct + t.wrong + t.rejected),
          unit: '%',
        };
      }),
      { name: 'time per edit', value: elapsed / Math.max(1, total), unit: 'ms' },
    ],
    notes: [
      `${files} files sampled from node_modules/**/*.js with seeds ${SEEDS.join(', ')} (${FILES} per seed; the first was used while tuning the matcher, 11-14 are held out); one edit per distortion per file.`,
      'The sample depends on what node_modules holds: figures move a little when packages are added.',
      'An edit modifies, inserts or deletes one line; the model-side slip is applied to SEARCH and REPLACE alike.',
      'Rejected edits are not failures of safety: they go back to the model with "did you mean" lines.',
      ...(wrongExamples.length ? [`wrong: ${wrongExamples.join('; ')}`] : []),
    ],
  };
}
