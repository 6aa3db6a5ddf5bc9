import type { Attempt, FailureSignature, SignatureKind } from './report.js';

const PATTERNS: { kind: SignatureKind; pattern: RegExp; what: string }[] = [
  {
    kind: 'timing',
    pattern:
      /\b(time(d)?[ -]?out|timeout of \d+|exceeded timeout|deadline exceeded|took too long|ETIMEDOUT)\b/i,
    what: 'a timeout',
  },
  {
    kind: 'network',
    pattern:
      /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|socket hang up|connection (refused|reset)|getaddrinfo|network (is )?unreachable|50[234] (Bad Gateway|Service Unavailable|Gateway Timeout))\b/i,
    what: 'a network error',
  },
  {
    kind: 'resource',
    pattern:
      /\b(EMFILE|ENOSPC|ENOMEM|EADDRINUSE|address already in use|too many open files|out of memory|heap out of memory|no space left)\b/i,
    what: 'a resource limit',
  },
  {
    kind: 'concurrency',
    pattern:
      /\b(DATA RACE|deadlock|race condition|concurrent(ly)? modif\w*|lock (timeout|wait)|mutex|ConcurrentModificationException)\b/i,
    what: 'a concurrency problem',
  },
];

const ORDER: SignatureKind[] = [
  'timing',
  'network',
  'resource',
  'concurrency',
  'randomness',
  'order-dependence',
];

export interface SignatureInput {
  attempts: readonly Attempt[];
  /** Failure text (messages, stacks) of every failed attempt. */
  failureTexts: readonly string[];
  /** Median duration of the suite's passing tests, for "far from the norm". */
  suiteMedianSeconds: number;
}

/**
 * Why a test failed (and, when it later passed, why it is likely flaky), with the evidence. The kind
 * is the most specific one found: a named cause beats "failed in the suite, passed alone".
 */
export function failureSignature(input: SignatureInput): FailureSignature | null {
  const failed = input.attempts.filter((a) => a.status === 'failed');
  if (failed.length === 0) return null;
  const found = new Map<SignatureKind, string[]>();
  const add = (kind: SignatureKind, evidence: string) =>
    found.set(kind, [...(found.get(kind) ?? []), evidence]);
  timingEvidence(input, failed, add);
  const text = input.failureTexts.join('\n');
  for (const { kind, pattern, what } of PATTERNS) {
    const match = pattern.exec(text);
    if (match) add(kind, `failure output shows ${what}: "${match[0]}"`);
  }
  randomnessEvidence(failed, add);
  const passedAlone = input.attempts.find((a) => a.status === 'passed' && a.isolated);
  if (passedAlone && failed.some((a) => !a.isolated)) {
    add(
      'order-dependence',
      `failed inside the full suite, passed when re-run alone (re-run ${passedAlone.run ?? '?'})`,
    );
  }
  const kind = ORDER.find((k) => found.has(k)) ?? 'unknown';
  const evidence = ORDER.flatMap((k) => found.get(k) ?? []);
  return {
    kind,
    evidence:
      evidence.length > 0
        ? evidence
        : [
            `failed ${failed.length} of ${input.attempts.length} attempts; no known cause in the output`,
          ],
  };
}

function timingEvidence(
  input: SignatureInput,
  failed: readonly Attempt[],
  add: (kind: SignatureKind, evidence: string) => void,
): void {
  const killed = failed.find((a) => a.timedOut);
  if (killed) add('timing', `killed at the timeout after ${killed.seconds.toFixed(1)}s`);
  const passed = input.attempts.filter((a) => a.status === 'passed' && a.seconds > 0);
  const norm = passed.length > 0 ? median(passed.map((a) => a.seconds)) : input.suiteMedianSeconds;
  const slow = failed.find(
    (a) => !a.timedOut && norm > 0 && a.seconds > Math.max(5 * norm, norm + 1),
  );
  if (slow)
    add(
      'timing',
      `the failing attempt took ${slow.seconds.toFixed(2)}s against a norm of ${norm.toFixed(2)}s`,
    );
}

/** Assertion values that change from attempt to attempt point at randomness. */
function randomnessEvidence(
  failed: readonly Attempt[],
  add: (kind: SignatureKind, evidence: string) => void,
): void {
  const messages = failed
    .filter((a) => !a.missing)
    .map((a) => normalise(a.message ?? ''))
    .filter(Boolean);
  const distinct = new Set(messages);
  if (messages.length >= 2 && distinct.size > 1) {
    add(
      'randomness',
      `the assertion differs across attempts: ${[...distinct]
        .slice(0, 3)
        .map((m) => JSON.stringify(m.slice(0, 80)))
        .join(' vs ')}`,
    );
  }
}

/** Drop what changes between identical failures (durations, addresses, ports, temp paths). */
function normalise(message: string): string {
  return message
    .replace(/\b\d+(\.\d+)?\s?(ms|s)\b/g, '<time>')
    .replace(/0x[0-9a-f]+/gi, '<addr>')
    .replace(/\/tmp\/\S+/g, '<tmp>')
    .trim();
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
