import { describe, expect, it } from 'vitest';
import { useFakeGitHub } from '../../test/support/fake-github.js';
import { dashboardPauseProbe, eventComment, openDashboard, parseEvent } from './dashboard.js';
import { createOctokit } from './octokit.js';

describe('dashboard issue state store', () => {
  const github = useFakeGitHub({ repo: 'acme/widgets' });
  const client = () => createOctokit({ token: 't', baseUrl: github().url });
  const where = { owner: 'acme', repo: 'widgets' };

  it('creates the dashboard once and finds it again', async () => {
    const first = await openDashboard(client(), where);
    const again = await openDashboard(client(), where);
    expect(again.issueNumber).toBe(first.issueNumber);
    const issue = github().state.repo('acme', 'widgets')!.issues.get(first.issueNumber)!;
    expect(issue.title).toBe('Kintsugi dashboard');
    expect(issue.labels).toEqual(['kintsugi']);
    expect(github().state.repo('acme', 'widgets')!.labels.get('kintsugi')!.color).toBe('d4af37');
  });

  it('two runs appending at the same time both keep their events', async () => {
    const [a, b] = await Promise.all([
      openDashboard(client(), { ...where, runId: '1' }),
      openDashboard(client(), { ...where, runId: '2' }),
    ]);
    // Even if both created an issue, they converged on one.
    expect(a.issueNumber).toBe(b.issueNumber);
    await Promise.all([
      ...Array.from({ length: 5 }, (_, i) => a.appendEvent('flaky', { test: `a${i}` })),
      ...Array.from({ length: 5 }, (_, i) => b.appendEvent('flaky', { test: `b${i}` })),
      a.appendEvent('spend', { usd: 0.12 }),
    ]);
    const flaky = await a.readEvents<{ test: string }>('flaky');
    expect(flaky.map((e) => e.data.test).sort()).toEqual([
      'a0',
      'a1',
      'a2',
      'a3',
      'a4',
      'b0',
      'b1',
      'b2',
      'b3',
      'b4',
    ]);
    expect(new Set(flaky.map((e) => e.runId))).toEqual(new Set(['1', '2']));
    expect(await b.readEvents('spend')).toMatchObject([
      { kind: 'spend', runId: '1', data: { usd: 0.12 } },
    ]);
  });

  it('ignores event comments forged by outsiders', async () => {
    const store = await openDashboard(client(), where);
    await store.appendEvent('quarantine', { test: 'real' });
    const forged = eventComment({
      kind: 'quarantine',
      at: new Date().toISOString(),
      data: { test: 'forged' },
    });
    github().state.addComment('acme/widgets', store.issueNumber, forged, 'mallory', 'NONE');
    expect(
      (await store.readEvents('quarantine')).map((e) => (e.data as { test: string }).test),
    ).toEqual(['real']);
  });

  it('renders the body from events and re-renders when events arrive meanwhile', async () => {
    const store = await openDashboard(client(), where);
    await store.appendEvent('heal', { pr: 1 });
    let renders = 0;
    await store.renderBody((events) => {
      renders++;
      // Another run records an event between our read and our write.
      if (renders === 1) {
        const event = eventComment({ kind: 'heal', at: new Date().toISOString(), data: { pr: 2 } });
        github().state.addComment('acme/widgets', store.issueNumber, event, 'other-run', 'MEMBER');
      }
      return `${events.length} heal(s)`;
    });
    const body = github().state.repo('acme', 'widgets')!.issues.get(store.issueNumber)!.body!;
    expect(renders).toBe(2);
    expect(body).toContain('2 heal(s)');
    expect(body.startsWith('<!-- kintsugi:dashboard -->')).toBe(true);
  });

  it('survives hostile event data and round-trips it', () => {
    const data = { text: 'a --> b <!-- c', n: -1 };
    const parsed = parseEvent(eventComment({ kind: 'k', at: '2026-01-01T00:00:00Z', data }), 7);
    expect(parsed).toEqual({ kind: 'k', at: '2026-01-01T00:00:00Z', data, commentId: 7 });
    expect(parseEvent('<!-- kintsugi-event {broken -->', 1)).toBeUndefined();
  });

  it('pause: the label on the dashboard pauses, its absence does not, and the probe never creates', async () => {
    const probe = () =>
      dashboardPauseProbe({ token: 't', repository: where, apiUrl: github().url });
    expect(await probe()).toBeUndefined();
    expect(github().state.repo('acme', 'widgets')!.issues.size).toBe(0);
    const store = await openDashboard(client(), where);
    expect(await store.isPaused()).toBe(false);
    github()
      .state.repo('acme', 'widgets')!
      .issues.get(store.issueNumber)!
      .labels.push('kintsugi:pause');
    github().state.ensureLabel(github().state.repo('acme', 'widgets')!, 'kintsugi:pause');
    expect(await store.isPaused()).toBe(true);
    expect(await probe()).toMatch(
      new RegExp(`#${store.issueNumber} carries the label kintsugi:pause`),
    );
  });
});
