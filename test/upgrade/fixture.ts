import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { FixturePackage, LocalRegistry } from '../support/verdaccio.js';

const exec = promisify(execFile);

const lib = (body: string) => ({ 'index.js': body });

/** Version 1 of every fixture package: what the project is locked to. */
export const OLD: FixturePackage[] = [
  {
    name: 'kfx-strings',
    version: '1.0.0',
    files: lib('exports.shout = (s) => s.toUpperCase() + "!";'),
  },
  { name: 'kfx-math', version: '1.0.0', files: lib('exports.add = (a, b) => a + b;') },
  {
    name: 'kfx-dates',
    version: '1.0.0',
    files: lib('exports.formatDate = (d) => d.toISOString().slice(0, 10);'),
  },
  {
    name: 'kfx-color',
    version: '2.0.0',
    files: lib(
      'exports.hex = (r, g, b) => "#" + [r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("");',
    ),
  },
  {
    name: 'kfx-parse',
    version: '1.3.0',
    files: lib('exports.parseList = (s) => (s ? s.split(",") : []);'),
  },
  {
    name: 'kfx-ui',
    version: '1.0.0',
    files: lib('exports.version = 1; exports.render = (x) => "<" + x + ">";'),
  },
  {
    name: 'kfx-ui-theme',
    version: '1.0.0',
    files: lib('exports.theme = () => "light";'),
    peerDependencies: { 'kfx-ui': '^1.0.0' },
  },
  { name: 'kfx-log', version: '0.3.0', files: lib('exports.line = (m) => "[log] " + m;') },
];

/** The new releases: two break the project's tests, the pair kfx-ui/kfx-ui-theme must move together. */
export const NEW: FixturePackage[] = [
  {
    name: 'kfx-strings',
    version: '1.0.1',
    files: lib('exports.shout = (s) => String(s).toUpperCase() + "!";'),
  },
  {
    name: 'kfx-math',
    version: '1.1.0',
    files: lib('exports.add = (a, b) => a + b; exports.mul = (a, b) => a * b;'),
  },
  // A minor release that breaks its API: formatDate is renamed.
  {
    name: 'kfx-dates',
    version: '1.2.0',
    files: lib('exports.format = (d) => d.toISOString().slice(0, 10);'),
  },
  {
    name: 'kfx-color',
    version: '2.0.3',
    files: lib(
      'exports.hex = (r, g, b) => "#" + [r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("");',
    ),
  },
  // A minor release whose behaviour changes: an empty string is now an error.
  {
    name: 'kfx-parse',
    version: '1.4.0',
    files: lib(
      'exports.parseList = (s) => { if (!s) throw new Error("empty list"); return s.split(","); };',
    ),
  },
  {
    name: 'kfx-ui',
    version: '1.1.0',
    files: lib('exports.version = 2; exports.render = (x) => "<" + x + ">";'),
  },
  {
    name: 'kfx-ui-theme',
    version: '1.1.0',
    files: lib(
      'const ui = require("kfx-ui"); exports.theme = () => { if (ui.version < 2) throw new Error("kfx-ui-theme 1.1 needs kfx-ui 1.1"); return "light"; };',
    ),
    peerDependencies: { 'kfx-ui': '^1.1.0' },
  },
  { name: 'kfx-log', version: '0.3.1', files: lib('exports.line = (m) => "[log] " + String(m);') },
];

/** The application code: what an adapting patch changes when a dependency's API moves. */
const INDEX_JS = `const { formatDate } = require('kfx-dates');

exports.invoiceDate = (date) => formatDate(date);
`;

const TEST_JS = `const assert = require('node:assert');
const { invoiceDate } = require('./index.js');
const { shout } = require('kfx-strings');
const { add } = require('kfx-math');
const { hex } = require('kfx-color');
const { parseList } = require('kfx-parse');
const { render } = require('kfx-ui');
const { theme } = require('kfx-ui-theme');
const { line } = require('kfx-log');
assert.strictEqual(shout('hi'), 'HI!');
assert.strictEqual(add(2, 3), 5);
assert.strictEqual(invoiceDate(new Date(Date.UTC(2026, 0, 2))), '2026-01-02');
assert.strictEqual(hex(255, 0, 16), '#ff0010');
assert.deepStrictEqual(parseList(''), []);
assert.strictEqual(render(theme()), '<light>');
assert.strictEqual(line('ok'), '[log] ok');
console.log('8 passed, 0 failed');
`;

/** A project locked to the old versions, with 8 upgradable dependencies once NEW is published. */
export async function makeFixtureProject(registry: LocalRegistry): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-upgrade-project-'));
  const dependencies = Object.fromEntries(OLD.map((p) => [p.name, `^${p.version}`]));
  await writeFile(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'upgrade-fixture',
        version: '1.0.0',
        private: true,
        scripts: { test: 'node test.js' },
        dependencies,
      },
      null,
      2,
    ),
  );
  await writeFile(path.join(dir, 'test.js'), TEST_JS);
  await writeFile(path.join(dir, 'index.js'), INDEX_JS);
  await writeFile(path.join(dir, '.gitignore'), 'node_modules\n');
  await writeFile(path.join(dir, '.npmrc'), `registry=${registry.url}/\n`);
  await exec('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: dir,
    env: { ...process.env, npm_config_registry: `${registry.url}/` },
  });
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['add', '-A'],
    ['-c', 'user.name=t', '-c', 'user.email=t@t.invalid', 'commit', '-q', '-m', 'fixture'],
  ]) {
    await exec('git', args, { cwd: dir });
  }
  return dir;
}

/** Publishes one more release of a package (a new good release between two scheduled runs). */
export const NEWER_GOOD: FixturePackage = {
  name: 'kfx-log',
  version: '0.3.2',
  files: lib('exports.line = (m) => "[log] " + String(m);'),
};
