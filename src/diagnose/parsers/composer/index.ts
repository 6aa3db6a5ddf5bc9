import { ruleParser } from '../types.js';

/** Composer: unresolvable requirements and a lock file out of date with composer.json. */
export const composerParser = ruleParser({
  id: 'composer',
  category: 'dependency',
  needles: ['requirements could not', 'lock file', 'Problem ', 'composer'],
  trigger: 'lock file is not',
  rules: [
    { re: /Your requirements could not be resolved to an installable set of packages/, weight: 4 },
    { re: /The lock file is not up to date with the latest changes in composer\.json/, weight: 4 },
    { re: /^\s*Problem \d+$/, weight: 2 },
    { re: /^\s*- (?:Root composer\.json requires|.* requires .* -> )/, weight: 2 },
    {
      re: /^\s*\[Composer\\Downloader\\TransportException\]|curl error \d+ while downloading/,
      weight: 4,
      category: 'network',
    },
  ],
});
