// Bundles every action and the CLI with @vercel/ncc into dist/<name>/index.js.
// Usage: node scripts/build.mjs [name...]   (no names: everything, dist/ rebuilt from scratch)
import { spawn } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';

const require = createRequire(import.meta.url);
const ncc = require.resolve('@vercel/ncc/dist/ncc/cli.js');

const entries = {
  diagnose: 'src/actions/diagnose/index.ts',
  patch: 'src/actions/patch/index.ts',
  'flaky-rerun': 'src/actions/flaky-rerun/index.ts',
  'lean-prove': 'src/actions/lean-prove/index.ts',
  'risk-gate': 'src/actions/risk-gate/index.ts',
  'repo-sync': 'src/actions/repo-sync/index.ts',
  'self-heal': 'src/actions/self-heal/index.ts',
  cli: 'src/cli/index.ts',
};

const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!entries[name]) {
    console.error(`unknown bundle ${name}; accepted: ${Object.keys(entries).join(', ')}`);
    process.exit(2);
  }
}
const names = wanted.length > 0 ? wanted : Object.keys(entries);
if (wanted.length === 0) {
  for (const name of await readdir('dist').catch(() => []))
    await rm(`dist/${name}`, { recursive: true, force: true });
}

function build(name) {
  return new Promise((resolve, reject) => {
    const args = [
      ncc,
      'build',
      entries[name],
      '-o',
      `dist/${name}`,
      '--target',
      'es2022',
      '--license',
      'licenses.txt',
      '-q',
    ];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`ncc failed for ${name} (exit ${code})`)),
    );
  });
}

const parallel = Math.max(1, Math.min(4, os.cpus().length));
const queue = [...names];
await Promise.all(
  Array.from({ length: parallel }, async () => {
    while (queue.length > 0) {
      const name = queue.shift();
      await rm(`dist/${name}`, { recursive: true, force: true });
      await build(name);
      console.log(`built dist/${name}`);
    }
  }),
);
