import type { MessagePort } from 'node:worker_threads';
import { runIfStartedDirectly } from '../platform/worker-tasks.js';
import { scanSegment, type ScanOptions, type Segment, type SegmentScan } from './scanner.js';

/** What a scan worker is started with: the segments, and a shared counter to claim them with. */
export interface ScanTask {
  file: string;
  segments: Segment[];
  options: Pick<ScanOptions, 'maxExcerptLines' | 'chunkBytes'>;
  /** Int32Array over a SharedArrayBuffer: the next unclaimed segment. */
  next: Int32Array;
}

export type ScanMessage = { index: number; scan: SegmentScan } | { index: number; error: string };

/** Claims segments until none is left and posts each one's scan. */
export function runWorkerTask(data: unknown, port: MessagePort): void {
  const task = data as ScanTask;
  for (;;) {
    const index = Atomics.add(task.next, 0, 1);
    if (index >= task.segments.length) break;
    let message: ScanMessage;
    try {
      message = { index, scan: scanSegment(task.file, task.segments[index]!, task.options) };
    } catch (error) {
      message = { index, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(message);
  }
}

runIfStartedDirectly('scan', runWorkerTask);
