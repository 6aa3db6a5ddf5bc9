// Each bundle, run as the runner runs it, given a missing required input, fails naming that input.
import { BUNDLES, runBundle } from './runner-env.mjs';

let failures = 0;
for (const [name, { required }] of Object.entries(BUNDLES)) {
  const result = runBundle(name, { [required]: '' });
  const error = result.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
  const ok =
    result.status === 1 &&
    error.includes(required) &&
    !/\n\s+at /.test(result.stdout + result.stderr);
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} dist/${name}: exit ${result.status}, ${error || '(no ::error:: line)'}`,
  );
  if (!ok) {
    failures++;
    console.log(result.stdout, result.stderr);
  }
}
process.exit(failures > 0 ? 1 : 0);
