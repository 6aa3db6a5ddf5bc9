import { describe, expect, it } from 'vitest';
import { ConfigError } from '../platform/errors.js';
import { parseSyncConfig } from './config.js';

const good = `targets:
  - repo: acme/mvp
    branch: main
    paths: [src/shared/**, docs/**]
    exclude: ["**/*.test.ts", "**/secrets/**"]
    create_pr: true
    auto_merge: false
    require_approvals: 2
    reviewers: [team:platform, alice]
    labels: [sync/foundation]
    delete_orphaned: false
  - repo: acme/api
    paths: docs/**
`;

function messageOf(text: string): string {
  try {
    parseSyncConfig(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('parseSyncConfig', () => {
  it('reads the example of the issue, with defaults for what is left out', () => {
    const config = parseSyncConfig(good);
    expect(config.targets).toHaveLength(2);
    expect(config.targets[0]).toMatchObject({
      repo: 'acme/mvp',
      owner: 'acme',
      name: 'mvp',
      branch: 'main',
      paths: ['src/shared/**', 'docs/**'],
      exclude: ['**/*.test.ts', '**/secrets/**'],
      requireApprovals: 2,
      reviewers: ['alice'],
      teamReviewers: ['platform'],
      labels: ['sync/foundation'],
      line: 2,
    });
    expect(config.targets[1]).toMatchObject({
      repo: 'acme/api',
      branch: undefined,
      paths: ['docs/**'],
      exclude: [],
      createPr: true,
      autoMerge: false,
      deleteOrphaned: false,
      line: 12,
    });
  });

  it('gives the line of invalid YAML', () => {
    expect(messageOf('targets:\n  - repo: a/b\n    paths: [x\n')).toMatch(
      /^\.sync-config\.yaml:4: invalid YAML: /,
    );
  });

  it('rejects an unknown key with its line and the accepted keys', () => {
    const text = 'targets:\n  - repo: a/b\n    paths: [x]\n    delete_orphan: true\n';
    expect(messageOf(text)).toBe(
      '.sync-config.yaml:4: unknown key `targets[0].delete_orphan`; accepted: repo, branch, paths, exclude, create_pr, auto_merge, require_approvals, reviewers, labels, delete_orphaned',
    );
    expect(messageOf('target:\n  - repo: a/b\n')).toMatch(/:1: unknown key `target`/);
  });

  it('names a missing repo, a malformed repo and a wrong type', () => {
    expect(messageOf('targets:\n  - paths: [x]\n')).toBe(
      '.sync-config.yaml:2: missing key `targets[0].repo`; accepted: owner/name',
    );
    expect(messageOf('targets:\n  - repo: just-a-name\n    paths: [x]\n')).toMatch(
      /:2: `targets\[0\]\.repo` got "just-a-name"; accepted: owner\/name/,
    );
    expect(messageOf('targets:\n  - repo: a/b\n    paths: [x]\n    auto_merge: maybe\n')).toMatch(
      /:4: `targets\[0\]\.auto_merge` got "maybe"; accepted: true or false/,
    );
    expect(
      messageOf('targets:\n  - repo: a/b\n    paths: [x]\n    require_approvals: -1\n'),
    ).toMatch(/:4: `targets\[0\]\.require_approvals`/);
    expect(messageOf('targets:\n  - repo: a/b\n')).toMatch(/`targets\[0\]\.paths` must list/);
    expect(messageOf('targets: []\n')).toMatch(/non-empty list/);
  });

  it('rejects the same target twice', () => {
    const text = 'targets:\n  - repo: a/b\n    paths: [x]\n  - repo: A/b\n    paths: [y]\n';
    expect(messageOf(text)).toMatch(/:4: target A\/b is listed twice \(first on line 2\)/);
  });
});
