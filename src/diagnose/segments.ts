import { closeSync, openSync, readSync } from 'node:fs';
import { mayContinueBlock } from './blocks.js';
import { normaliseLine } from './normalise.js';
import { triggerSource } from './parsers/registry.js';
import type { Segment } from './scanner.js';

/** Lines a segment's parsers may read above its first line (eslint looks 60 lines up). */
const LOOKBEHIND_BYTES = 16 << 10;
/** How far past the aimed-at offset a cut is looked for before that cut is given up. */
const SEARCH_BYTES = 1 << 20;
const WINDOW_BYTES = 64 << 10;
/** Plain lines that close any open block, in a row: after them the block builder is closed. */
const CLOSING_RUN = 3;

let trigger: RegExp | undefined;

/**
 * Where to aim the cuts of a log scanned by `threads` threads claiming segments one at a time: up
 * to `maxBytes` a segment, smaller towards the end (a share of what is left), so that the threads
 * run out of work at about the same time.
 */
export function segmentAims(size: number, threads: number, maxBytes = 16 << 20): number[] {
  const minBytes = maxBytes >> 3;
  const aims: number[] = [];
  let at = 0;
  for (;;) {
    const left = size - at;
    const next = Math.max(minBytes, Math.min(maxBytes, Math.floor(left / (threads * 2))));
    if (left - next < minBytes) return aims;
    at += next;
    aims.push(at);
  }
}

/**
 * Cuts a log into segments, one cut at or shortly after each of `aims` (ascending offsets), that
 * can be scanned on their own and merged into exactly what one scan gives. A segment starts after
 * three lines in a row that have no trigger match and cannot continue a block (not indented, not a
 * frame, a tag or a `Caused by`): whatever was open, the block builder is closed after them, and a
 * line without a trigger opens nothing. Where no such place is found near an aimed-at offset, the
 * neighbouring segments stay one.
 */
export function segmentsOf(file: string, size: number, aims: readonly number[]): Segment[] {
  const handle = openSync(file, 'r');
  try {
    const starts = [0];
    const window = Buffer.allocUnsafe(WINDOW_BYTES);
    for (const aimed of aims) {
      const aim = Math.max(aimed, starts[starts.length - 1]! + 1);
      if (aim >= size) break;
      const cut = cutAfter(handle, window, aim, size);
      if (cut !== undefined && cut > starts[starts.length - 1]! && cut < size) starts.push(cut);
    }
    return starts.map((start, i) => ({
      start,
      end: starts[i + 1] ?? size,
      lookbehind: start === 0 ? 0 : lookbehindOf(handle, start),
    }));
  } finally {
    closeSync(handle);
  }
}

/** The first place at or after `aim` where a segment can start, if one is near. */
function cutAfter(handle: number, window: Buffer, aim: number, size: number): number | undefined {
  trigger ??= new RegExp(triggerSource());
  let position = aim;
  let run = 0;
  // Only whole lines count: the line `aim` falls in is skipped.
  let lineStart = -1;
  while (position < Math.min(size, aim + SEARCH_BYTES)) {
    const filled = readSync(handle, window, 0, window.length, position);
    if (filled === 0) return undefined;
    let p = 0;
    if (lineStart === -1) {
      const first = window.indexOf(10, 0);
      if (first === -1 || first >= filled) {
        position += filled;
        continue;
      }
      p = first + 1;
      lineStart = position + p;
    }
    for (;;) {
      const newline = window.indexOf(10, p);
      if (newline === -1 || newline >= filled) break;
      const raw = window.subarray(p, newline);
      run = closesAnyBlock(raw) ? run + 1 : 0;
      p = newline + 1;
      if (run === CLOSING_RUN) return position + p < size ? position + p : undefined;
    }
    if (p === 0) return undefined; // a line longer than the window: no cut here
    position += p;
  }
  return undefined;
}

function closesAnyBlock(raw: Buffer): boolean {
  if (trigger!.test(raw.toString('latin1'))) return false;
  return !mayContinueBlock(normaliseLine(raw.toString('utf8')).text);
}

/** A line start about LOOKBEHIND_BYTES before `start`. */
function lookbehindOf(handle: number, start: number): number {
  const from = Math.max(0, start - LOOKBEHIND_BYTES);
  if (from === 0) return 0;
  const buffer = Buffer.allocUnsafe(start - from);
  const filled = readSync(handle, buffer, 0, buffer.length, from);
  const newline = buffer.subarray(0, filled).indexOf(10);
  return newline === -1 || from + newline + 1 > start ? start : from + newline + 1;
}
