import picomatch from 'picomatch';
import type { Severity } from '../score.js';

export type SensitiveCategory = 'workflows' | 'auth' | 'crypto' | 'migrations' | 'infrastructure';

interface SensitiveArea {
  category: SensitiveCategory;
  severity: Severity;
  why: string;
  globs: string[];
}

/** Paths where a small change can do large harm; matched case-insensitively anywhere in the tree. */
export const SENSITIVE_AREAS: readonly SensitiveArea[] = [
  {
    category: 'workflows',
    severity: 'high',
    why: 'CI workflows run with repository secrets and write tokens',
    globs: [
      '.github/workflows/**',
      '.github/actions/**',
      '**/action.yml',
      '**/action.yaml',
      '.gitlab-ci.yml',
      'CODEOWNERS',
      '.github/CODEOWNERS',
    ],
  },
  {
    category: 'auth',
    severity: 'medium',
    why: 'authentication and authorisation decide who may do what',
    globs: [
      '**/auth/**',
      '**/auth.*',
      '**/auth[_-]*',
      '**/*{authn,authz,authentic,authoriz,oauth,login,session,permission,rbac}*',
      '**/acl/**',
    ],
  },
  {
    category: 'crypto',
    severity: 'medium',
    why: 'cryptography is easy to weaken silently',
    globs: [
      '**/crypto/**',
      '**/*crypt*',
      '**/*cipher*',
      '**/*.pem',
      '**/*.key',
      '**/tls/**',
      '**/ssl/**',
      '**/*signing*',
    ],
  },
  {
    category: 'migrations',
    severity: 'medium',
    why: 'schema migrations change production data and are hard to undo',
    globs: ['**/migrations/**', '**/migrate/**', '**/*.sql', '**/db/schema*', '**/alembic/**'],
  },
  {
    category: 'infrastructure',
    severity: 'medium',
    why: 'infrastructure code changes what runs in production and who can reach it',
    globs: [
      '**/*.tf',
      '**/*.tfvars',
      '**/terraform/**',
      '**/Dockerfile*',
      '**/docker-compose*.y*ml',
      '**/k8s/**',
      '**/kubernetes/**',
      '**/helm/**',
      '**/charts/**',
      '**/ansible/**',
      '**/*.bicep',
      '**/cloudformation/**',
      '**/pulumi/**',
    ],
  },
];

const MATCHERS = SENSITIVE_AREAS.map((area) => ({
  area,
  test: picomatch(area.globs, { dot: true, nocase: true }),
}));

export function sensitiveCategories(path: string): SensitiveArea[] {
  return MATCHERS.filter((m) => m.test(path)).map((m) => m.area);
}

const TEST_FILE = picomatch(
  [
    '**/*.{test,spec}.*',
    '**/__tests__/**',
    '**/test/**',
    '**/tests/**',
    '**/*_test.{go,py,rb,exs}',
    '**/test_*.py',
    '**/*Test.{java,kt,cs}',
    '**/*Tests.{java,kt,cs,swift}',
  ],
  { dot: true },
);

export function isTestFile(path: string): boolean {
  return TEST_FILE(path);
}

/** A line that skips or focuses a test away: `it.skip(`, `@pytest.mark.skip`, `t.Skip(`, `#[ignore]`... */
export const SKIPPED_TEST =
  /\b(?:(?:it|test|describe|context|suite)\.(?:skip|todo)\s*\(|x(?:it|describe|test)\s*\(|@pytest\.mark\.(?:skip|xfail)\b|@unittest\.skip|@(?:Disabled|Ignore)\b|t\.Skip(?:Now|f)?\(|#\[ignore\]|\.only\s*\()/;

/** A TODO-style marker in a comment-ish position. */
export const TODO_MARKER = /\b(?:TODO|FIXME|XXX|HACK)\b/;
