// npm run eval [-- name...]: every bench/*.eval.ts, the accuracy evaluations on ../shared/data.
import path from 'node:path';
import { runAll } from './harness.js';

const dir = path.dirname(new URL(import.meta.url).pathname);
process.exitCode = await runAll(
  'eval',
  process.argv.slice(2),
  path.join(dir, 'EVAL.md'),
  'Evaluation results',
);
