// Line-level precision/recall/F1 of diagnose's excerpts against the labelled error lines (E) of the
// CiDiff breakage dataset, with and without the passing log as baseline. The engine never sees the
// ground truth; this script only scores what it returns.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { analyseLog } from '../src/diagnose/analyse-log.js';
import { sharedDataDir } from '../test/support/shared-data.js';
import type { BenchResult } from './harness.js';

interface Score {
  precision: number;
  recall: number;
  f1: number;
}

/** The dataset numbers lines as Java's readLine does (`\r`, `\n` and `\r\n` each end one); we count `\n`. */
export function segmentToDiskLine(bytes: Buffer): Int32Array {
  const map: number[] = [0];
  let disk = 1;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 13) {
      map.push(disk);
      if (bytes[i + 1] === 10) {
        i++;
        disk++;
      }
    } else if (c === 10) {
      map.push(disk);
      disk++;
    }
  }
  map.push(disk);
  return Int32Array.from(map);
}

export function errorLines(groundtruth: string, map: Int32Array): Set<number> {
  const lines = new Set<number>();
  for (const row of groundtruth.split('\n').slice(1)) {
    const m = /^E (\d+)(?:-(\d+))?/.exec(row.trim());
    if (!m) continue;
    const from = Number(m[1]);
    const to = Number(m[2] ?? m[1]);
    for (let s = from; s <= to; s++) if (s < map.length) lines.add(map[s]!);
  }
  return lines;
}

function score(predicted: Set<number>, truth: Set<number>): Score {
  let hit = 0;
  for (const line of predicted) if (truth.has(line)) hit++;
  const precision = predicted.size ? hit / predicted.size : 0;
  const recall = truth.size ? hit / truth.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

export async function evaluate(withBaseline: boolean, maxExcerptLines = 40) {
  const root = path.join(sharedDataDir(), 'ci-logs', 'cidiff-breakages');
  const cases = (await readdir(root, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const rows: { name: string; score: Score }[] = [];
  for (const name of cases) {
    const dir = path.join(root, name);
    const fail = path.join(dir, 'fail.log');
    const truth = errorLines(
      await readFile(path.join(dir, 'groundtruth'), 'utf8'),
      segmentToDiskLine(await readFile(fail)),
    );
    const diagnosis = await analyseLog(fail, 'fail.log', {
      maxExcerptLines,
      ...(withBaseline ? { baselineFile: path.join(dir, 'pass.log') } : {}),
    });
    const predicted = new Set<number>();
    for (const e of diagnosis.excerpts)
      for (let l = e.startLine; l <= e.endLine; l++) predicted.add(l);
    rows.push({ name, score: score(predicted, truth) });
  }
  return {
    cases: rows.length,
    rows,
    precision: mean(rows.map((r) => r.score.precision)),
    recall: mean(rows.map((r) => r.score.recall)),
    f1: mean(rows.map((r) => r.score.f1)),
  };
}

export default async function (): Promise<BenchResult> {
  const plain = await evaluate(false);
  const diffed = await evaluate(true);
  const cidiff = { name: 'CiDiff (published)', value: 0.55, unit: 'F1' };
  return {
    title: `diagnose excerpts vs labelled error lines (cidiff-breakages, ${plain.cases} cases)`,
    figures: [
      {
        name: 'F1 without baseline',
        value: plain.f1,
        unit: 'F1',
        reference: cidiff,
        target: '> 0.55',
        met: plain.f1 > 0.55,
      },
      { name: 'precision without baseline', value: plain.precision, unit: '' },
      { name: 'recall without baseline', value: plain.recall, unit: '' },
      {
        name: 'F1 with baseline',
        value: diffed.f1,
        unit: 'F1',
        reference: cidiff,
        target: '> 0.55',
        met: diffed.f1 > 0.55,
      },
      { name: 'precision with baseline', value: diffed.precision, unit: '' },
      { name: 'recall with baseline', value: diffed.recall, unit: '' },
    ],
    notes: [
      'Published figures on this data: CiDiff F1 0.55, keyword search F1 0.45, gpt-4o-mini F1 0.55.',
      'Per-case precision, recall and F1, averaged over cases (as CiDiff computes them per log); E lines only.',
      'Ground-truth lines are numbered as Java readLine splits (\\r too); they are mapped to lines on disk counting \\n, as reports number them.',
      `Per case F1 without/with baseline: ${plain.rows.map((r, i) => `${r.name} ${r.score.f1.toFixed(2)}/${diffed.rows[i]!.score.f1.toFixed(2)}`).join(', ')}`,
    ],
  };
}
