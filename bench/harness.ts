import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** One measured figure, printed beside the reference measured in the same run. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** What the figure is compared with, measured in the same run. */
  reference?: { name: string; value: number; unit: string };
  /** The goal, in words ("ratio <= 4", "wrong = 0"), and whether this run met it. */
  target?: string;
  met?: boolean;
}

export interface BenchResult {
  title: string;
  figures: Figure[];
  notes?: string[];
}

export type Bench = () => Promise<BenchResult>;

export function formatFigure(f: Figure): string {
  const value = `${round(f.value)} ${f.unit}`;
  const ref = f.reference
    ? `  vs ${f.reference.name}: ${round(f.reference.value)} ${f.reference.unit}`
    : '';
  const ratio =
    f.reference && f.reference.value !== 0 && f.reference.unit === f.unit
      ? `  (ratio ${round(f.value / f.reference.value)})`
      : '';
  const target = f.target
    ? `  target ${f.target}: ${f.met === undefined ? '?' : f.met ? 'met' : 'NOT met'}`
    : '';
  return `${f.name}: ${value}${ref}${ratio}${target}`;
}

export function round(n: number): number {
  return Math.abs(n) >= 100 ? Math.round(n) : Number(n.toPrecision(3));
}

function section(result: BenchResult, date: string): string {
  const rows = result.figures.map(
    (f) =>
      `| ${f.name} | ${round(f.value)} ${f.unit} | ${f.reference ? `${f.reference.name}: ${round(f.reference.value)} ${f.reference.unit}` : ''} | ${
        f.reference && f.reference.value !== 0 && f.reference.unit === f.unit
          ? round(f.value / f.reference.value)
          : ''
      } | ${f.target ?? ''} | ${f.met === undefined ? '' : f.met ? 'met' : 'NOT met'} |`,
  );
  return [
    `## ${result.title}`,
    '',
    `Measured ${date} on this machine (${process.platform}, node ${process.version}).`,
    '',
    '| figure | value | reference (same run) | ratio | target | |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...(result.notes?.length ? ['', ...result.notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n');
}

/** Replace (or add) each result's section in a results file, keeping the other sections. */
export async function recordResults(
  file: string,
  heading: string,
  results: BenchResult[],
): Promise<void> {
  const date = new Date().toISOString().slice(0, 10);
  const current = await readFile(file, 'utf8').catch(() => `# ${heading}\n\n`);
  const sections = new Map<string, string>();
  const order: string[] = [];
  for (const part of current.split(/^(?=## )/m).slice(1)) {
    const title = part.split('\n', 1)[0]!.slice(3).trim();
    sections.set(title, part.trimEnd() + '\n');
    order.push(title);
  }
  for (const result of results) {
    if (!sections.has(result.title)) order.push(result.title);
    sections.set(result.title, section(result, date));
  }
  const body = order.map((t) => sections.get(t)!).join('\n');
  await writeFile(file, `# ${heading}\n\n${body}`, 'utf8');
}

/** Runs every `bench/*.<kind>.ts` (or those whose names contain a filter) and records the figures. */
export async function runAll(
  kind: 'bench' | 'eval',
  filters: string[],
  resultsFile: string,
  heading: string,
): Promise<number> {
  const { readdir } = await import('node:fs/promises');
  const dir = path.dirname(new URL(import.meta.url).pathname);
  const files = (await readdir(dir))
    .filter((f) => f.endsWith(`.${kind}.ts`))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  if (files.length === 0) {
    console.error(`no bench/*.${kind}.ts matches ${filters.join(' ') || '(all)'}`);
    return 2;
  }
  const results: BenchResult[] = [];
  let failed = 0;
  for (const file of files) {
    console.log(`\n▸ ${file}`);
    try {
      const mod = (await import(path.join(dir, file))) as { default: Bench };
      const result = await mod.default();
      results.push(result);
      console.log(`${result.title}`);
      for (const f of result.figures) console.log(`  ${formatFigure(f)}`);
      for (const n of result.notes ?? []) console.log(`  note: ${n}`);
    } catch (error) {
      failed++;
      console.error(`  ${file} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
  await recordResults(resultsFile, heading, results);
  console.log(`\nrecorded in ${path.relative(process.cwd(), resultsFile)}`);
  return failed > 0 ? 1 : 0;
}
