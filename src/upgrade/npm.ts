import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { ConfigError } from '../platform/errors.js';
import { groupTogether, type EcosystemAdapter, type Upgrade } from './ecosystem.js';

interface Packument {
  'dist-tags'?: Record<string, string>;
  versions?: Record<
    string,
    { peerDependencies?: Record<string, string>; repository?: { url?: string } | string }
  >;
  repository?: { url?: string } | string;
}

type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

export interface NpmAdapterOptions {
  /** Overrides the registry npm would use (from .npmrc); tests point it at a local Verdaccio. */
  registry?: string;
  /** Extra environment for npm (an auth token for a private registry, say). */
  env?: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error)
        reject(
          new Error(
            `${command} ${args.join(' ')} failed: ${stderr.trim().split('\n').slice(-5).join('\n') || error.message}`,
          ),
        );
      else resolve(stdout);
    });
  });
}

export function npmAdapter(options: NpmAdapterOptions = {}): EcosystemAdapter {
  const env = {
    ...process.env,
    ...options.env,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const doFetch = options.fetch ?? fetch;
  const packuments = new Map<string, Packument>();

  async function registryOf(workspace: string): Promise<string> {
    const url =
      options.registry ?? (await run('npm', ['config', 'get', 'registry'], workspace, env)).trim();
    return url.replace(/\/+$/, '');
  }

  async function packument(workspace: string, name: string): Promise<Packument> {
    const cached = packuments.get(name);
    if (cached) return cached;
    const registry = await registryOf(workspace);
    let response: Response;
    try {
      response = await doFetch(`${registry}/${name.replace('/', '%2f')}`, {
        headers: { accept: 'application/json' },
      });
    } catch (error) {
      const cause =
        (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
      throw new ConfigError(
        `the npm registry ${registry} is unreachable (${cause}); set "registry" in .npmrc to one this runner can reach`,
      );
    }
    if (response.status === 404)
      throw new ConfigError(`package ${name} is not in the registry ${registry}`);
    if (!response.ok)
      throw new ConfigError(`the npm registry ${registry} answered ${response.status} for ${name}`);
    const doc = (await response.json()) as Packument;
    packuments.set(name, doc);
    return doc;
  }

  return {
    id: 'npm',
    stateFiles: ['package.json', 'package-lock.json'],

    async check(workspace) {
      const has = (f: string) =>
        stat(path.join(workspace, f)).then(
          () => true,
          () => false,
        );
      if (!(await has('package.json')))
        throw new ConfigError(
          `no package.json in ${workspace}; the npm upgrader needs an npm project`,
        );
      if (!(await has('package-lock.json'))) {
        throw new ConfigError(
          `no lockfile: package-lock.json not found in ${workspace}. Upgrades are bisected against the locked versions; run \`npm install\` and commit package-lock.json`,
        );
      }
    },

    async plan(workspace, { latest, only }) {
      const manifest = JSON.parse(
        await readFile(path.join(workspace, 'package.json'), 'utf8'),
      ) as Manifest;
      const lock = JSON.parse(
        await readFile(path.join(workspace, 'package-lock.json'), 'utf8'),
      ) as {
        packages?: Record<string, { version?: string }>;
      };
      const wanted = [
        ...Object.entries(manifest.dependencies ?? {}).map(([name, range]) => ({
          name,
          range,
          dev: false,
        })),
        ...Object.entries(manifest.devDependencies ?? {}).map(([name, range]) => ({
          name,
          range,
          dev: true,
        })),
      ].filter((d) => !only || only.includes(d.name));
      const upgrades: Upgrade[] = [];
      for (const dep of wanted) {
        const installed = lock.packages?.[`node_modules/${dep.name}`]?.version;
        if (!installed || !semver.valid(installed) || !semver.validRange(dep.range)) continue; // git, file: and tag deps stay
        const doc = await packument(workspace, dep.name);
        const versions = Object.keys(doc.versions ?? {}).filter(
          (v) => semver.valid(v) && !semver.prerelease(v),
        );
        const target = latest
          ? doc['dist-tags']?.latest
          : semver.maxSatisfying(versions, dep.range);
        if (!target || !semver.gt(target, installed)) continue;
        upgrades.push({
          name: dep.name,
          from: installed,
          to: target,
          bump: (semver.diff(installed, target) ?? 'patch').replace(/^pre/, '') as Upgrade['bump'],
          dev: dep.dev,
          changelog: changelogUrl(doc, target),
        });
      }
      return upgrades.sort((a, b) => a.name.localeCompare(b.name));
    },

    async group(workspace, upgrades) {
      const edges: [string, string, string][] = [];
      for (const u of upgrades) {
        const versions = (await packument(workspace, u.name)).versions ?? {};
        const peersAfter = versions[u.to]?.peerDependencies ?? {};
        const peersBefore = versions[u.from]?.peerDependencies ?? {};
        for (const other of upgrades) {
          if (other === u) continue;
          const after = peersAfter[other.name];
          const before = peersBefore[other.name];
          // u's new version needs other's new version, or other's new version breaks u's current peer range.
          if (after && !semver.satisfies(other.from, after))
            edges.push([other.name, u.name, `${u.name}@${u.to} needs ${other.name}@${after}`]);
          else if (before && !semver.satisfies(other.to, before))
            edges.push([
              other.name,
              u.name,
              `${other.name}@${other.to} is outside ${u.name}@${u.from}'s peer range ${before}`,
            ]);
        }
      }
      return groupTogether(upgrades, edges);
    },

    async apply(workspace, upgrades) {
      if (upgrades.length === 0) {
        await run(
          'npm',
          ['install', '--ignore-scripts', '--no-audit', '--no-fund', ...registryArgs(options)],
          workspace,
          env,
        );
        return;
      }
      const args = [
        'install',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        ...registryArgs(options),
      ];
      const prod = upgrades.filter((u) => !u.dev).map((u) => `${u.name}@${u.to}`);
      const dev = upgrades.filter((u) => u.dev).map((u) => `${u.name}@${u.to}`);
      if (prod.length > 0) await run('npm', [...args, ...prod], workspace, env);
      if (dev.length > 0) await run('npm', [...args, '--save-dev', ...dev], workspace, env);
    },
  };
}

function registryArgs(options: NpmAdapterOptions): string[] {
  return options.registry ? ['--registry', options.registry] : [];
}

function changelogUrl(doc: Packument, version: string): string | undefined {
  const repo = doc.versions?.[version]?.repository ?? doc.repository;
  const url = typeof repo === 'string' ? repo : repo?.url;
  const match = url && /github\.com[/:]([^/]+\/[^/.#]+)/.exec(url);
  return match ? `https://github.com/${match[1]}/releases` : undefined;
}
