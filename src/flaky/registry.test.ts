import { describe, expect, it } from 'vitest';
import { foldRegistry, readRegistry, recordRun, setQuarantine, type EventLog } from './registry.js';
import { buildReport } from './verdict.js';

/** An in-memory event log with the dashboard's semantics: append-only, each append its own entry. */
function memoryLog(): EventLog & { events: { kind: string; at: string; data: unknown }[] } {
  const events: { kind: string; at: string; data: unknown }[] = [];
  let clock = 0;
  return {
    events,
    async appendEvent(kind, data) {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      const event = { kind, at: new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString(), data };
      events.push(event);
      return event;
    },
    async readEvents<T>(kind?: string) {
      return events.filter((e) => !kind || e.kind === kind) as { at: string; data: T }[];
    },
  };
}

function runReport(flakyNames: string[], failedNames: string[]) {
  return buildReport({
    framework: 'jest',
    started: Date.now(),
    reruns: 1,
    tests: [
      ...flakyNames.map((name) => ({
        ref: { name, classname: 'c' },
        attempts: [
          { status: 'failed' as const, seconds: 1, message: 'socket hang up', run: 0 },
          { status: 'passed' as const, seconds: 1, run: 1, isolated: true },
        ],
        failureTexts: ['socket hang up'],
      })),
      ...failedNames.map((name) => ({
        ref: { name, classname: 'c' },
        attempts: [
          { status: 'failed' as const, seconds: 1, run: 0 },
          { status: 'failed' as const, seconds: 1, run: 1 },
        ],
        failureTexts: [],
      })),
      {
        ref: { name: 'fine', classname: 'c' },
        attempts: [{ status: 'passed' as const, seconds: 1, run: 0 }],
        failureTexts: [],
      },
    ],
  });
}

describe('flaky registry in the dashboard issue', () => {
  it('folds per test: counts, first and last seen, commits, latest signature', () => {
    const registry = foldRegistry([
      {
        at: '2026-01-02T00:00:00Z',
        data: {
          commit: 'bbb',
          framework: 'jest',
          tests: [{ name: 't', classname: 'c', status: 'failed' }],
        },
      },
      {
        at: '2026-01-01T00:00:00Z',
        data: {
          commit: 'aaa',
          framework: 'jest',
          tests: [{ name: 't', classname: 'c', status: 'flaky', signature: 'timing' }],
        },
      },
      {
        at: '2026-01-03T00:00:00Z',
        data: {
          commit: 'aaa',
          framework: 'jest',
          tests: [{ name: 't', classname: 'c', status: 'flaky', signature: 'network' }],
        },
      },
    ]);
    expect(registry.tests).toEqual([
      {
        name: 't',
        classname: 'c',
        flaky: 2,
        failed: 1,
        firstSeen: '2026-01-01T00:00:00Z',
        lastSeen: '2026-01-03T00:00:00Z',
        commits: ['aaa', 'bbb'],
        signature: 'network',
      },
    ]);
  });

  it('two runs recording at once lose nothing (one event each, folded)', async () => {
    const log = memoryLog();
    await Promise.all([
      recordRun(log, runReport(['a', 'b'], []), 'c1'),
      recordRun(log, runReport(['a'], ['z']), 'c2'),
    ]);
    const registry = await readRegistry(log);
    const byName = Object.fromEntries(registry.tests.map((t) => [t.name, t]));
    expect(byName.a).toMatchObject({ flaky: 2, failed: 0 });
    expect(byName.a!.commits.sort()).toEqual(['c1', 'c2']);
    expect(byName.b).toMatchObject({ flaky: 1 });
    expect(byName.z).toMatchObject({ failed: 1, flaky: 0 });
    expect(byName.fine).toBeUndefined();
  });

  it('a run with nothing failing appends nothing', async () => {
    const log = memoryLog();
    expect(await recordRun(log, runReport([], []), 'c1')).toBe(false);
    expect(log.events).toHaveLength(0);
  });

  it('quarantine events fold to the latest word per test', async () => {
    const log = memoryLog();
    await setQuarantine(log, { test: 'c.a', quarantined: true, reason: 'tracked in #12' });
    await setQuarantine(log, { test: 'c.b', quarantined: true });
    await setQuarantine(log, { test: 'c.b', quarantined: false });
    expect((await readRegistry(log)).quarantine).toEqual(['c.a']);
  });
});
