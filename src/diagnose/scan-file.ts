import { access, stat } from 'node:fs/promises';
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { ConfigError } from '../platform/errors.js';
import { startWorkerTask } from '../platform/worker-tasks.js';
import type { ScanMessage, ScanTask } from './scan-worker.js';
import {
  mergeSegments,
  scanSegment,
  type ScanOptions,
  type ScanResult,
  type Segment,
  type SegmentScan,
} from './scanner.js';
import { segmentsOf } from './segments.js';

export interface FileScanOptions extends ScanOptions {
  /** Threads to scan with (this one included); by default KINTSUGI_SCAN_THREADS or one per core, at most 4. */
  threads?: number;
  /** Below this size a log is scanned in this thread alone (a worker takes ~0.1 s to start). */
  parallelFromBytes?: number;
  /** For tests: this thread leaves the segments to the workers (and scans what a failed one left). */
  workersOnly?: boolean;
}

const PARALLEL_FROM_BYTES = 32 << 20;
/** Segments are claimed one at a time, so a worker that starts late still takes its share. */
const SEGMENT_BYTES = 16 << 20;
const MAX_THREADS = 4;

/**
 * Scans a log for error blocks and findings. A large log without a baseline is cut into segments
 * that worker threads and this thread scan side by side; the merged result is what one scan gives.
 */
export async function scanLogFile(file: string, options: FileScanOptions): Promise<ScanResult> {
  await access(file);
  const { size } = await stat(file);
  const threads = Math.min(options.threads ?? defaultThreads(), MAX_THREADS);
  // Baseline marks are numbered for the whole log: its scan stays in one piece.
  if (
    threads > 1 &&
    !options.baselineMarks &&
    size >= (options.parallelFromBytes ?? PARALLEL_FROM_BYTES)
  ) {
    // At least four segments a thread: one that cannot be cut near its aim joins its neighbour.
    const count = Math.max(threads * 4, Math.ceil(size / SEGMENT_BYTES));
    const segments = segmentsOf(file, size, count);
    if (segments.length > 1) {
      const { scans, byWorkers } = await scanInParallel(file, segments, threads, options);
      return mergeSegments(scans, byWorkers);
    }
  }
  return mergeSegments([scanSegment(file, { start: 0, end: size, lookbehind: 0 }, options)]);
}

/** KINTSUGI_SCAN_THREADS caps the threads a scan uses (1: this thread only); else one per core. */
function defaultThreads(): number {
  const set = process.env.KINTSUGI_SCAN_THREADS?.trim();
  if (set) {
    if (!/^[1-9]\d*$/.test(set))
      throw new ConfigError(
        `KINTSUGI_SCAN_THREADS is "${set}": expected a whole number of threads, 1 or more`,
      );
    return Number(set);
  }
  return typeof os.availableParallelism === 'function'
    ? os.availableParallelism()
    : os.cpus().length;
}

async function scanInParallel(
  file: string,
  segments: Segment[],
  threads: number,
  options: FileScanOptions,
): Promise<{ scans: SegmentScan[]; byWorkers: number }> {
  const task: ScanTask = {
    file,
    segments,
    options: { maxExcerptLines: options.maxExcerptLines, chunkBytes: options.chunkBytes },
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  const results: (SegmentScan | undefined)[] = new Array(segments.length);
  let scanned = 0;
  let ownScans = 0;
  let running = 0;
  let allIn: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allIn = resolve));
  const settle = () => {
    if (scanned === segments.length || running === 0) allIn();
  };
  // Not written as new URL('./scan-worker.ts', import.meta.url): the bundler would copy the source.
  const source = new URL(import.meta.url.replace(/scan-file\.ts$/, 'scan-worker.ts'));
  const workers: Worker[] = [];
  for (let i = 1; i < threads; i++) {
    let worker: Worker | undefined;
    try {
      worker = startWorkerTask('scan', task, source);
    } catch {
      worker = undefined;
    }
    if (!worker) break;
    workers.push(worker);
    running++;
    worker.on('message', (message: ScanMessage) => {
      if ('scan' in message) {
        results[message.index] = message.scan;
        scanned++;
        settle();
      }
    });
    // A worker that fails leaves its segment unscanned: this thread scans it after.
    worker.on('error', () => undefined);
    worker.once('exit', () => {
      running--;
      settle();
    });
  }
  // This thread claims segments too, from the same counter, while the workers start.
  for (;;) {
    if (options.workersOnly && workers.length > 0) break;
    const index = Atomics.add(task.next, 0, 1);
    if (index >= segments.length) break;
    results[index] = scanSegment(file, segments[index]!, options);
    scanned++;
    ownScans++;
  }
  settle();
  await done;
  // Workers still starting have nothing left to claim.
  for (const worker of workers) void worker.terminate();
  const byWorkers = scanned - ownScans;
  return {
    scans: results.map((scan, i) => scan ?? scanSegment(file, segments[i]!, options)),
    byWorkers,
  };
}
