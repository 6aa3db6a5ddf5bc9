// Fails when dist/ differs from what a fresh build produces (run after `node scripts/build.mjs`).
import { execFileSync } from 'node:child_process';

const status = execFileSync(
  'git',
  ['status', '--porcelain', '--untracked-files=all', '--', 'dist'],
  { encoding: 'utf8' },
);
if (status.trim() !== '') {
  console.error('dist/ differs from a fresh build. Run `npm run build` and commit dist/:');
  console.error(status);
  console.error(execFileSync('git', ['diff', '--stat', '--', 'dist'], { encoding: 'utf8' }));
  process.exit(1);
}
console.log('dist/ matches a fresh build');
