// npm run bench [-- name...]: every bench/*.bench.ts, figures beside same-run references.
import path from 'node:path';
import { runAll } from './harness.js';

const dir = path.dirname(new URL(import.meta.url).pathname);
process.exitCode = await runAll(
  'bench',
  process.argv.slice(2),
  path.join(dir, 'RESULTS.md'),
  'Benchmark results',
);
