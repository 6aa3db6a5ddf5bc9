import type { MessagePort } from 'node:worker_threads';
import { runIfStartedDirectly } from '../platform/worker-tasks.js';
import { scanSegment, type ScanOptions, type Segment, type SegmentScan } from './scanner.js';

/** What a scan worker is sent: the segments, and a shared counter to claim them with. */
export interface ScanTask {
  /** Tells this scan's messages from a previous one's. */
  id: number;
  file: string;
  segments: Segment[];
  options: Pick<ScanOptions, 'maxExcerptLines' | 'chunkBytes'>;
  /** Int32Array over a SharedArrayBuffer: the next unclaimed segment. */
  next: Int32Array;
}

export type ScanMessage =
  | { task: number; index: number; scan: SegmentScan }
  | { task: number; index: number; error: string };

/**
 * A scan worker serves the scans it is sent, one after another: for each it claims segments until
 * none is left and posts each one's scan. Listening keeps it alive; the main thread decides when
 * it may exit (see scan-pool.ts).
 */
export function runWorkerTask(_data: unknown, port: MessagePort): void {
  port.on('message', (task: ScanTask) => {
    for (;;) {
      const index = Atomics.add(task.next, 0, 1);
      if (index >= task.segments.length) break;
      let message: ScanMessage;
      try {
        const scan = scanSegment(task.file, task.segments[index]!, task.options);
        message = { task: task.id, index, scan };
      } catch (error) {
        message = {
          task: task.id,
          index,
          error: error instanceof Error ? error.message : String(error),
        };
      }
      port.postMessage(message);
    }
  });
}

runIfStartedDirectly('scan', runWorkerTask);
