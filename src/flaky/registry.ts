import type { FlakyReport, SignatureKind } from './report.js';

/** The part of the dashboard issue the registry needs (src/github/dashboard.ts's DashboardStore). */
export interface EventLog {
  appendEvent(kind: string, data: unknown): Promise<unknown>;
  readEvents<T = unknown>(kind?: string): Promise<{ at: string; runId?: string; data: T }[]>;
}

export const RUN_EVENT = 'flaky-run';
export const QUARANTINE_EVENT = 'flaky-quarantine';

/** What one run records: only tests that failed at least once. */
export interface FlakyRunEvent {
  commit?: string;
  framework: string;
  tests: {
    name: string;
    classname: string;
    file?: string;
    status: 'flaky' | 'failed';
    signature?: SignatureKind;
  }[];
}

export interface QuarantineEvent {
  /** A test name (or glob) as the quarantine input takes it. */
  test: string;
  quarantined: boolean;
  reason?: string;
}

export interface RegistryEntry {
  name: string;
  classname: string;
  file?: string;
  flaky: number;
  failed: number;
  firstSeen: string;
  lastSeen: string;
  /** Commits it misbehaved on, oldest first, at most 20. */
  commits: string[];
  /** The most recent signature kind. */
  signature?: SignatureKind;
}

export interface FlakyRegistry {
  tests: RegistryEntry[];
  quarantine: string[];
}

const MAX_COMMITS = 20;

/** The event a run appends: one comment, so concurrent runs never overwrite each other. */
export function runEvent(report: FlakyReport, commit?: string): FlakyRunEvent {
  return {
    ...(commit ? { commit } : {}),
    framework: report.framework,
    tests: report.tests
      .filter((t) => t.verdict === 'flaky' || t.verdict === 'failed')
      .map((t) => ({
        name: t.name,
        classname: t.classname,
        ...(t.file ? { file: t.file } : {}),
        status: t.verdict as 'flaky' | 'failed',
        ...(t.signature ? { signature: t.signature.kind } : {}),
      })),
  };
}

/** Fold every run and quarantine event, oldest first, into per-test counts and the quarantine list. */
export function foldRegistry(
  runs: readonly { at: string; data: FlakyRunEvent }[],
  quarantines: readonly { at: string; data: QuarantineEvent }[] = [],
): FlakyRegistry {
  const entries = new Map<string, RegistryEntry>();
  for (const event of [...runs].sort((a, b) => a.at.localeCompare(b.at))) {
    for (const test of event.data.tests ?? []) {
      const key = `${test.classname}\u0000${test.name}`;
      const entry = entries.get(key) ?? {
        name: test.name,
        classname: test.classname,
        ...(test.file ? { file: test.file } : {}),
        flaky: 0,
        failed: 0,
        firstSeen: event.at,
        lastSeen: event.at,
        commits: [],
      };
      entry[test.status === 'flaky' ? 'flaky' : 'failed']++;
      entry.lastSeen = event.at;
      if (test.signature) entry.signature = test.signature;
      const commit = event.data.commit;
      if (commit && !entry.commits.includes(commit))
        entry.commits = [...entry.commits, commit].slice(-MAX_COMMITS);
      entries.set(key, entry);
    }
  }
  const quarantine = new Map<string, boolean>();
  for (const event of [...quarantines].sort((a, b) => a.at.localeCompare(b.at)))
    quarantine.set(event.data.test, event.data.quarantined);
  return {
    tests: [...entries.values()].sort(
      (a, b) => b.flaky - a.flaky || b.failed - a.failed || a.name.localeCompare(b.name),
    ),
    quarantine: [...quarantine].filter(([, on]) => on).map(([test]) => test),
  };
}

export async function readRegistry(log: EventLog): Promise<FlakyRegistry> {
  const [runs, quarantines] = await Promise.all([
    log.readEvents<FlakyRunEvent>(RUN_EVENT),
    log.readEvents<QuarantineEvent>(QUARANTINE_EVENT),
  ]);
  return foldRegistry(runs, quarantines);
}

/** Append this run's failures; nothing to record when nothing failed. */
export async function recordRun(
  log: EventLog,
  report: FlakyReport,
  commit?: string,
): Promise<boolean> {
  const event = runEvent(report, commit);
  if (event.tests.length === 0) return false;
  await log.appendEvent(RUN_EVENT, event);
  return true;
}

export async function setQuarantine(log: EventLog, event: QuarantineEvent): Promise<void> {
  await log.appendEvent(QUARANTINE_EVENT, event);
}
