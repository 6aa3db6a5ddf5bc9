import { ruleParser } from '../types.js';

/** docker build (BuildKit and classic): failed RUN steps, Dockerfile errors, registry denials. */
export const dockerParser = ruleParser({
  id: 'docker',
  category: 'config',
  needles: [
    'ERROR',
    'failed to solve',
    'Dockerfile',
    'denied',
    'manifest',
    'returned a non-zero code',
  ],
  rules: [
    {
      re: /(?:pull access denied|denied: requested access to the resource is denied|unauthorized: authentication required)/,
      weight: 4,
      category: 'permission',
    },
    { re: /manifest (?:for \S+ )?(?:not found|unknown)/, weight: 4, category: 'dependency' },
    {
      re: /^(?:ERROR: )?failed to solve: (?:process ".*" did not complete successfully|executor failed running)/,
      weight: 1,
      cascade: true,
    },
    {
      re: /^(?:ERROR: )?failed to solve: (?:dockerfile parse error|failed to compute cache key|failed to read dockerfile)/,
      weight: 4,
    },
    {
      re: /^(?:ERROR: )?failed to solve: .*Dockerfile:(\d+)/,
      weight: 3,
      location: (m) => ({ file: 'Dockerfile', line: m[1]!, message: 'docker build failed here' }),
    },
    {
      re: /^#\d+ ERROR: (?:process ".*" did not complete successfully|executor failed)/,
      weight: 1,
      cascade: true,
    },
    { re: /^The command '.*' returned a non-zero code: \d+$/, weight: 1, cascade: true },
    { re: /^(?:ERROR|error): (?:failed to solve|failed to build)/, weight: 2 },
  ],
});
