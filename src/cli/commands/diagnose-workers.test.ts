import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  idleScanWorkers,
  PARALLEL_FROM_BYTES,
  releaseScanWorker,
  takeScanWorkers,
} from '../../diagnose/scan-pool.js';
import { warmDiagnoseWorkers } from './diagnose-workers.js';

describe('warmDiagnoseWorkers (the CLI entry starting scan workers early)', () => {
  let dir: string;
  const saved = process.env.KINTSUGI_SCAN_THREADS;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-warm-'));
    await writeFile(path.join(dir, 'small.log'), 'error: one line\n');
    // Sparse: as large as a log scanned in parallel, without writing it.
    await writeFile(path.join(dir, 'large.log'), '');
    await truncate(path.join(dir, 'large.log'), PARALLEL_FROM_BYTES * 2);
    process.env.KINTSUGI_SCAN_THREADS = '2';
  });

  afterAll(async () => {
    for (const worker of takeScanWorkers(idleScanWorkers())) await worker.terminate();
    if (saved === undefined) delete process.env.KINTSUGI_SCAN_THREADS;
    else process.env.KINTSUGI_SCAN_THREADS = saved;
    await rm(dir, { recursive: true, force: true });
  });

  it('starts none where the scan stays in one thread, or the arguments are not a scan', async () => {
    for (const argv of [
      ['small.log'],
      ['--baseline-logs', 'small.log', 'large.log'],
      ['--baseline', 'auto', 'large.log'],
      ['--help', 'large.log'],
      ['--logs', 'large.log'],
      ['--format', 'yaml', 'large.log'],
      ['missing.log'],
    ]) {
      await warmDiagnoseWorkers(argv, dir);
      expect(idleScanWorkers(), argv.join(' ')).toBe(0);
    }
  });

  it('starts one worker per core but this one for a large log, once', async () => {
    await warmDiagnoseWorkers(['--format', 'json', 'small.log', 'large.log'], dir);
    expect(idleScanWorkers()).toBe(1);
    await warmDiagnoseWorkers(['large.log'], dir);
    expect(idleScanWorkers(), 'the command warms again after the entry: no second worker').toBe(1);
    const [worker] = takeScanWorkers(1);
    expect(idleScanWorkers()).toBe(0);
    releaseScanWorker(worker!);
    expect(idleScanWorkers()).toBe(1);
  });
});
