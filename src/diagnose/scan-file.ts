import { access, stat } from 'node:fs/promises';
import {
  defaultThreads,
  MAX_THREADS,
  PARALLEL_FROM_BYTES,
  releaseScanWorker,
  takeScanWorkers,
} from './scan-pool.js';
import type { ScanMessage, ScanTask } from './scan-worker.js';
import {
  mergeSegments,
  scanSegment,
  type ScanOptions,
  type ScanResult,
  type Segment,
  type SegmentScan,
} from './scanner.js';
import { segmentAims, segmentsOf } from './segments.js';

export interface FileScanOptions extends ScanOptions {
  /** Threads to scan with (this one included); by default KINTSUGI_SCAN_THREADS or one per core, at most 4. */
  threads?: number;
  /** Below this size a log is scanned in this thread alone (a worker takes ~0.1 s to start). */
  parallelFromBytes?: number;
  /** The largest segment a log is cut into for threads (16 MB; the smallest is an eighth). */
  segmentBytes?: number;
  /** For tests: this thread leaves the segments to the workers (and scans what a failed one left). */
  workersOnly?: boolean;
}

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
    const segments = segmentsOf(file, size, segmentAims(size, threads, options.segmentBytes));
    if (segments.length > 1) {
      const { scans, byWorkers } = await scanInParallel(file, segments, threads, options);
      return mergeSegments(scans, byWorkers);
    }
  }
  return mergeSegments([scanSegment(file, { start: 0, end: size, lookbehind: 0 }, options)]);
}

/** Numbers each parallel scan, so that a pooled worker's late messages are told apart. */
let lastScanId = 0;

async function scanInParallel(
  file: string,
  segments: Segment[],
  threads: number,
  options: FileScanOptions,
): Promise<{ scans: SegmentScan[]; byWorkers: number }> {
  const id = ++lastScanId;
  const task: ScanTask = {
    id,
    file,
    segments,
    options: { maxExcerptLines: options.maxExcerptLines, chunkBytes: options.chunkBytes },
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  const results: (SegmentScan | undefined)[] = new Array(segments.length);
  let scanned = 0;
  let ownScans = 0;
  const workers = takeScanWorkers(threads - 1);
  let running = workers.length;
  let allIn: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (allIn = resolve));
  const settle = () => {
    if (scanned === segments.length || running === 0) allIn();
  };
  const onMessage = (message: ScanMessage) => {
    if (message.task !== id || !('scan' in message)) return;
    results[message.index] = message.scan;
    scanned++;
    settle();
  };
  const onExit = () => {
    running--;
    settle();
  };
  for (const worker of workers) {
    worker.on('message', onMessage);
    worker.once('exit', onExit);
    worker.postMessage(task);
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
  // A worker still starting finds nothing left to claim when it reads this scan.
  for (const worker of workers) {
    worker.off('message', onMessage);
    worker.off('exit', onExit);
    releaseScanWorker(worker);
  }
  const byWorkers = scanned - ownScans;
  return {
    scans: results.map((scan, i) => scan ?? scanSegment(file, segments[i]!, options)),
    byWorkers,
  };
}
