import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../../platform/errors.js';
import {
  jestAdapter,
  mochaAdapter,
  nodeTestAdapter,
  playwrightAdapter,
  vitestAdapter,
} from './javascript.js';
import {
  dotnetAdapter,
  gradleAdapter,
  mavenAdapter,
  phpunitAdapter,
  rspecAdapter,
} from './jvm-and-more.js';
import { cargoAdapter, goAdapter, nextestAdapter, pytestAdapter } from './native.js';
import { commandWords, FRAMEWORKS, type FrameworkAdapter, type FrameworkId } from './types.js';

/** Every framework flaky-rerun can re-run; order matters for detection (nextest before cargo). */
export const FRAMEWORK_ADAPTERS: readonly FrameworkAdapter[] = [
  vitestAdapter,
  jestAdapter,
  mochaAdapter,
  playwrightAdapter,
  nodeTestAdapter,
  pytestAdapter,
  goAdapter,
  nextestAdapter,
  cargoAdapter,
  mavenAdapter,
  gradleAdapter,
  rspecAdapter,
  phpunitAdapter,
  dotnetAdapter,
];

export function adapterFor(id: FrameworkId): FrameworkAdapter {
  return FRAMEWORK_ADAPTERS.find((adapter) => adapter.id === id)!;
}

/** `auto`: from the command's words, then from `npm test`'s script, then from the project files. */
export function detectFramework(command: string | undefined, cwd: string): FrameworkId {
  if (command) {
    const words = commandWords(command);
    const direct = FRAMEWORK_ADAPTERS.find((adapter) => adapter.matchesCommand(words));
    if (direct) return direct.id;
    const script = npmScript(words, cwd);
    const viaScript =
      script && FRAMEWORK_ADAPTERS.find((adapter) => adapter.matchesCommand(commandWords(script)));
    if (viaScript) return viaScript.id;
  }
  const fromFiles = fromProjectFiles(cwd);
  if (fromFiles) return fromFiles;
  throw new ConfigError(
    `Input framework is auto but the framework could not be told from ${command ? `the command ${JSON.stringify(command)}` : 'the reports'} or the project files in ${cwd}; accepted: ${FRAMEWORKS.join(' | ')}`,
  );
}

function npmScript(words: string[], cwd: string): string | undefined {
  if (!['npm', 'pnpm', 'yarn'].includes(words[0] ?? '')) return undefined;
  const name =
    words[1] === 'run' || words[1] === 'run-script'
      ? words[2]
      : words[1] === 't'
        ? 'test'
        : words[1];
  try {
    const pkg = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
    };
    return name ? pkg.scripts?.[name] : undefined;
  } catch {
    return undefined;
  }
}

function fromProjectFiles(cwd: string): FrameworkId | undefined {
  const has = (file: string) => existsSync(path.join(cwd, file));
  if (has('package.json')) {
    const text = readFileSync(path.join(cwd, 'package.json'), 'utf8');
    for (const id of ['vitest', 'jest', 'mocha', '@playwright/test'] as const) {
      if (text.includes(`"${id}"`)) return id === '@playwright/test' ? 'playwright' : id;
    }
  }
  if (has('go.mod')) return 'go';
  if (has('Cargo.toml')) return has('.config/nextest.toml') ? 'nextest' : 'cargo';
  if (has('pytest.ini') || has('pyproject.toml') || has('setup.cfg') || has('conftest.py'))
    return 'pytest';
  if (has('pom.xml')) return 'maven';
  if (has('build.gradle') || has('build.gradle.kts')) return 'gradle';
  if (has('.rspec')) return 'rspec';
  if (has('phpunit.xml') || has('phpunit.xml.dist')) return 'phpunit';
  return undefined;
}
