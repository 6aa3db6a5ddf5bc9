import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/actions/lean-prove/main.js';
import type { LeanProveReport } from '../../src/lean/report.js';
import { executeAction } from '../../src/platform/action.js';
import { localIO } from '../../src/platform/local-io.js';
import { silentLogger } from '../../src/platform/logger.js';
import { startFakeAnthropic, toolReply, type FakeAnthropic } from '../support/fake-anthropic.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { DEMO_RULES } from './demo-rules.js';
import { standIn } from './stand-in.js';

let github: FakeGitHub | undefined;
let model: FakeAnthropic | undefined;
afterEach(async () => {
  await github?.close();
  await model?.close();
  github = model = undefined;
});

describe('lean-prove on a pull request', () => {
  it('keeps one sticky comment and opens a draft PR with the proofs that check', async () => {
    github = await startFakeGitHub();
    const stand = await standIn(DEMO_RULES);
    github.state.addRepo('acme/proofs', { files: { 'README.md': '# proofs\n' } });
    // Seeded with a description: the fake answers a label it creates itself with description null,
    // which its own OpenAPI check rejects (reported to the github helper).
    github.state.ensureLabel(github.state.repo('acme', 'proofs')!, 'kintsugi').description =
      'Kintsugi';
    const head = github.state.addCommit('acme/proofs', {
      branch: 'feature',
      files: { 'lean/Demo/Sorry.lean': '-- on the branch\n' },
    });
    const pull = github.state.addPull('acme/proofs', { head: 'feature', base: 'main' });
    const event = path.join(stand.workspace, '..', 'event.json');
    await writeFile(
      event,
      JSON.stringify({
        pull_request: {
          number: pull.number,
          head: { ref: 'feature', sha: head.sha, repo: { full_name: 'acme/proofs' } },
          base: { ref: 'main' },
        },
      }),
    );
    const env = {
      ...stand.env,
      GITHUB_REPOSITORY: 'acme/proofs',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_API_URL: github.url,
    };
    const runOnce = async () => {
      model = await startFakeAnthropic({
        replies: [
          toolReply({
            candidates: [
              { proof: 'by\n  unfold double\n  simp' },
              { proof: 'by\n  unfold double\n  omega' },
            ],
          }),
          toolReply({ candidates: [] }),
        ],
      });
      const io = localIO('lean-prove', {
        inputs: {
          project: 'lean',
          targets: 'Demo/Sorry.lean',
          'budget-per-file': '5',
          comment: 'true',
          'llm-proofs': 'pr',
          'anthropic-api-key': 'test-key',
          'github-token': 'test-token',
        },
        env: { ...env, ANTHROPIC_BASE_URL: model.url },
        logger: silentLogger,
        stateDirectory: path.join(stand.workspace, '..', 'state'),
      });
      const outcome = await executeAction(run, io);
      await model.close();
      model = undefined;
      return outcome.report as LeanProveReport;
    };

    const first = await runOnce();
    const second = await runOnce();
    const repo = github.state.repo('acme', 'proofs')!;
    const comments = [...repo.comments.values()].filter((c) => c.issueNumber === pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- kintsugi:lean-prove -->');
    expect(comments[0]!.body).toContain('| `Demo.half` | 🟡 sorry |');
    const proofPulls = [...repo.pulls.values()].filter((p) =>
      p.head.startsWith('kintsugi/lean-proofs/'),
    );
    expect(proofPulls.map((p) => [p.head, p.base, p.draft])).toEqual([
      ['kintsugi/lean-proofs/feature/proofs', 'feature', true],
    ]);
    const branchSha = repo.refs.get('refs/heads/kintsugi/lean-proofs/feature/proofs')!;
    const tree = repo.trees.get(repo.commits.get(branchSha)!.tree)!;
    const blob = tree.find((e) => e.path === 'lean/Demo/Sorry.lean')!;
    const proved = repo.blobs.get(blob.sha)!.toString('utf8');
    expect(proved).toContain(
      'theorem half (n : Nat) : double n / 2 = n :=\n  by\n    unfold double\n    omega\n',
    );
    expect(proved).toContain('theorem odd (n : Nat) : double n % 2 = 0 := by\n  sorry');
    expect(first.proofs!.pullRequest).toBe(second.proofs!.pullRequest);
    expect(first.proofs!.pullRequest).toMatch(/\/acme\/proofs\/pull\/\d+$/);
    github.assertNoViolations();
  });
});
