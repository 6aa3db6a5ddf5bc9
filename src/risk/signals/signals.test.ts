import { describe, expect, it } from 'vitest';
import type { ChangedFile } from '../diff.js';
import { staticFindings } from './findings.js';
import {
  codeqlConclusion,
  collectSignals,
  DEFAULT_PRODUCTION_TARGETS,
  humanApprovals,
  type SignalInput,
} from './index.js';
import { dependencyChanges, isMajorBump, MANIFEST_ADAPTERS } from './manifests.js';
import { isTestFile, sensitiveCategories } from './paths.js';

function file(
  path: string,
  added: string[] = [],
  removed: string[] = [],
  extra: Partial<ChangedFile> = {},
): ChangedFile {
  return {
    path,
    status: 'modified',
    binary: false,
    added: added.map((text, i) => ({ line: i + 1, text })),
    removed: removed.map((text, i) => ({ line: i + 1, text })),
    additions: added.length,
    deletions: removed.length,
    ...extra,
  };
}

const base: SignalInput = {
  files: [],
  commits: [],
  reviews: [],
  productionTargets: DEFAULT_PRODUCTION_TARGETS,
};

/** One case per registered adapter: the contract every ecosystem must meet. */
const MANIFEST_CASES: Record<
  string,
  { path: string; removed: string[]; added: string[]; expect: [string, string][] }
> = {
  npm: {
    path: 'web/package.json',
    removed: ['    "left-pad": "^1.3.0",', '    "zod": "^3.22.0"'],
    added: [
      '    "left-pad": "^1.3.1",',
      '    "zod": "^4.0.0",',
      '    "@acme/new-thing": "~0.1.0"',
      '  "version": "2.0.0",',
    ],
    expect: [
      ['left-pad', 'updated'],
      ['zod', 'major-bump'],
      ['@acme/new-thing', 'added'],
    ],
  },
  pip: {
    path: 'requirements-dev.txt',
    removed: ['requests==2.31.0'],
    added: ['requests==3.0.0', 'Flask[async]>=3.0', '# a comment', '-r base.txt'],
    expect: [
      ['requests', 'major-bump'],
      ['flask', 'added'],
    ],
  },
  go: {
    path: 'go.mod',
    removed: ['\tgithub.com/pkg/errors v0.8.1'],
    added: ['\tgithub.com/pkg/errors v0.9.1', 'require golang.org/x/text v0.14.0'],
    expect: [
      ['github.com/pkg/errors', 'major-bump'],
      ['golang.org/x/text', 'added'],
    ],
  },
  cargo: {
    path: 'crates/core/Cargo.toml',
    removed: ['serde = "1.0"'],
    added: [
      'serde = "1.0.200"',
      'tokio = { version = "2", features = ["full"] }',
      'edition = "2021"',
    ],
    expect: [
      ['serde', 'updated'],
      ['tokio', 'added'],
    ],
  },
  rubygems: {
    path: 'Gemfile',
    removed: ["gem 'rails', '~> 6.1'"],
    added: ["gem 'rails', '~> 7.0'", "gem 'pry'"],
    expect: [
      ['rails', 'major-bump'],
      ['pry', 'added'],
    ],
  },
};

describe('dependency manifests', () => {
  it('has a contract case for every registered adapter', () => {
    expect(Object.keys(MANIFEST_CASES).sort()).toEqual(
      MANIFEST_ADAPTERS.map((a) => a.ecosystem).sort(),
    );
  });

  for (const adapter of MANIFEST_ADAPTERS) {
    it(`${adapter.ecosystem}: finds new packages and major bumps`, () => {
      const c = MANIFEST_CASES[adapter.ecosystem]!;
      const changes = dependencyChanges([file(c.path, c.added, c.removed)]);
      expect(changes.map((ch) => [ch.name, ch.kind])).toEqual(c.expect);
      expect(
        changes.every((ch) => ch.ecosystem === adapter.ecosystem && ch.manifest === c.path),
      ).toBe(true);
    });
  }

  it('reports a removed dependency and ignores files that are not manifests', () => {
    expect(
      dependencyChanges([file('package.json', [], ['    "lodash": "^4.17.21"'])]),
    ).toMatchObject([{ name: 'lodash', kind: 'removed' }]);
    expect(dependencyChanges([file('docs/package.json.md', ['"x": "1.0.0"'])])).toEqual([]);
  });

  it('counts 0.x minor bumps as major', () => {
    expect(isMajorBump('^0.3.1', '^0.4.0')).toBe(true);
    expect(isMajorBump('1.2.3', '1.9.0')).toBe(false);
    expect(isMajorBump('v2', 'v3.0.0')).toBe(true);
  });
});

describe('paths', () => {
  it('sorts sensitive paths into categories', () => {
    const cat = (p: string) => sensitiveCategories(p).map((a) => a.category);
    expect(cat('.github/workflows/release.yml')).toEqual(['workflows']);
    expect(cat('src/auth/session.ts')).toEqual(['auth']);
    expect(cat('lib/crypto/aes.go')).toEqual(['crypto']);
    expect(cat('db/migrations/0042_users.sql')).toEqual(['migrations']);
    expect(cat('infra/main.tf')).toEqual(['infrastructure']);
    expect(cat('deploy/Dockerfile')).toEqual(['infrastructure']);
    expect(cat('src/author.ts')).toEqual([]);
    expect(cat('README.md')).toEqual([]);
  });

  it('knows test files across ecosystems', () => {
    for (const p of [
      'src/a.test.ts',
      'pkg/x_test.go',
      'tests/test_api.py',
      'src/test/java/FooTest.java',
      'web/__tests__/b.js',
    ])
      expect(isTestFile(p), p).toBe(true);
    expect(isTestFile('src/testing-utils.ts')).toBe(false);
  });
});

describe('collectSignals', () => {
  it('reads secrets, skipped tests, deleted tests and binaries from the diff', () => {
    const signals = collectSignals({
      ...base,
      files: [
        file('src/config.ts', ['const a = 1;', "const key = 'AKIAIOSFODNN7EXAMPLF';"]),
        file('src/a.test.ts', ["it.skip('flaky', () => {});", "describe.only('x', () => {});"]),
        file('test/old.test.ts', [], ['x'], { status: 'removed' }),
        file('logo.png', [], [], { binary: true, status: 'added' }),
      ],
    });
    expect(signals.secrets).toMatchObject([
      { file: 'src/config.ts', line: 2, rule: 'aws-access-key-id' },
    ]);
    expect(JSON.stringify(signals.secrets)).not.toContain('AKIAIOSFODNN7EXAMPLF');
    expect(signals.skippedTests.map((p) => p.line)).toEqual([1, 2]);
    expect(signals.deletedTests).toEqual(['test/old.test.ts']);
    expect(signals.binaryFiles).toEqual(['logo.png']);
    expect(signals.changedLines).toBe(5);
  });

  it('counts TODO markers only when a bot wrote the change', () => {
    const files = [file('src/a.ts', ['// TODO: later', 'const todoList = [];'])];
    expect(collectSignals({ ...base, files }).botTodos).toEqual([]);
    const bot = collectSignals({
      ...base,
      files,
      commits: [
        {
          sha: 'a',
          message: 'm',
          author: 'kintsugi[bot]',
          authorIsBot: true,
          verified: true,
          verificationReason: 'valid',
        },
      ],
    });
    expect(bot.botTodos).toMatchObject([{ file: 'src/a.ts', line: 1 }]);
  });

  it('lists unsigned commits with GitHub’s reason', () => {
    const signals = collectSignals({
      ...base,
      commits: [
        {
          sha: 'abc',
          message: 'm',
          author: 'a',
          authorIsBot: false,
          verified: false,
          verificationReason: 'unsigned',
        },
      ],
    });
    expect(signals.unsignedCommits).toEqual([{ sha: 'abc', reason: 'unsigned' }]);
  });

  it('treats protected or production-named targets as production', () => {
    const pr = {
      number: 1,
      title: '',
      body: '',
      author: 'a',
      authorIsBot: false,
      base: 'develop',
      head: 'f',
      headSha: 's',
      draft: false,
      labels: [],
      baseProtected: false,
    };
    expect(collectSignals({ ...base, pr }).productionTarget).toBe(false);
    expect(collectSignals({ ...base, pr: { ...pr, baseProtected: true } }).productionTarget).toBe(
      true,
    );
    expect(collectSignals({ ...base, pr: { ...pr, base: 'release/2.x' } }).productionTarget).toBe(
      true,
    );
  });
});

describe('checks and reviews', () => {
  const check = (name: string, status: string, conclusion: string | null) => ({
    name,
    status,
    conclusion,
    app: 'github-actions',
  });
  it('reads the CodeQL conclusion', () => {
    expect(codeqlConclusion(undefined)).toBe('unknown');
    expect(codeqlConclusion([check('build', 'completed', 'success')])).toBe('missing');
    expect(codeqlConclusion([check('Analyze (javascript) / CodeQL', 'completed', 'success')])).toBe(
      'success',
    );
    expect(codeqlConclusion([check('CodeQL', 'in_progress', null)])).toBe('pending');
    expect(
      codeqlConclusion([
        check('CodeQL', 'completed', 'success'),
        check('CodeQL', 'completed', 'failure'),
      ]),
    ).toBe('failure');
  });

  it('counts humans whose latest review approves', () => {
    const r = (user: string, state: string, userIsBot = false) => ({ user, state, userIsBot });
    expect(
      humanApprovals([
        r('a', 'APPROVED'),
        r('b', 'APPROVED'),
        r('b', 'CHANGES_REQUESTED'),
        r('c', 'APPROVED'),
        r('c', 'COMMENTED'),
        r('bot[bot]', 'APPROVED', true),
      ]),
    ).toBe(2);
  });
});

describe('staticFindings', () => {
  it('scores each kind of signal with its severity', () => {
    const signals = collectSignals({
      ...base,
      files: [
        file('.github/workflows/ci.yml', ['x']),
        file('big.ts', Array<string>(600).fill('x')),
      ],
      checks: [],
    });
    const found = staticFindings(signals).map((f) => [f.ruleId, f.severity]);
    expect(found).toEqual([
      ['static/diff-size', 'medium'],
      ['static/sensitive-path/workflows', 'high'],
      ['static/codeql', 'info'],
    ]);
  });
});
