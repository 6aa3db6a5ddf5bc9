import path from 'node:path';
import { ConfigError } from '../../platform/errors.js';
import { defaultPolicyDirectory, loadPolicyBundle } from '../../risk/policy/bundle.js';
import { formatTestReport, testPolicyBundle } from '../../risk/policy/test-cases.js';
import { parseArgs } from '../args.js';
import type { CliCommand } from '../streams.js';

const USAGE = `kintsugi policy test [--policies DIR] [--policies-sha256 HEX] [--format json]
  runs each rule's own test cases (every rule must fire on its "fire" cases and stay quiet on its
  "quiet" ones); exits 1 if any case fails, 2 if the bundle itself is invalid.
kintsugi policy digest [--policies DIR]
  prints the bundle's sha256, the value to pin with the risk-gate input policies-sha256.
DIR defaults to the built-in bundle (policies/ of Kintsugi).
`;

/** `kintsugi policy test|digest`: the policy author's loop, without a pull request. */
export const policyCommand: CliCommand = async (argv, streams) => {
  const { options, positionals, help, format } = parseArgs(argv);
  const sub = positionals[0];
  if (help || !sub) {
    streams.stdout.write(USAGE);
    return help ? 0 : 2;
  }
  if (sub !== 'test' && sub !== 'digest') {
    throw new ConfigError(
      `kintsugi policy: unknown subcommand ${JSON.stringify(sub)}; accepted: test | digest`,
    );
  }
  const directory = options.policies
    ? path.resolve(streams.cwd, options.policies)
    : defaultPolicyDirectory();
  const bundle = await loadPolicyBundle(directory, { expectedSha256: options['policies-sha256'] });
  if (sub === 'digest') {
    streams.stdout.write(
      format === 'json'
        ? `${JSON.stringify({ directory, digest: bundle.digest, files: bundle.files })}\n`
        : `${bundle.digest}\n`,
    );
    return 0;
  }
  const report = testPolicyBundle(bundle);
  streams.stdout.write(
    format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatTestReport(report),
  );
  return report.failed > 0 ? 1 : 0;
};
