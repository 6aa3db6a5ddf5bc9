import { ruleParser } from '../types.js';

const NET =
  /\b(ENOTFOUND|ETIMEDOUT|ECONNRESET|ECONNREFUSED|EAI_AGAIN|ESOCKETTIMEDOUT|socket hang up)\b/;

/** npm, yarn (classic and berry) and pnpm install failures: resolution, lockfile drift, network. */
export const npmParser = ruleParser({
  id: 'npm',
  category: 'dependency',
  needles: ['npm ', 'ERR', 'error ', 'YN0', 'lockfile', 'E404'],
  trigger: 'YN00',
  rules: [
    { re: /^npm (?:ERR!|error) code (?:ELIFECYCLE|1)$/, weight: 1, cascade: true },
    {
      re: /^npm (?:ERR!|error) (?:A complete log|Lifecycle script|\s*$|command failed$|path |workspace )/,
      weight: 0.5,
      cascade: true,
    },
    { re: /^npm (?:ERR!|error) (?:code )?(ERESOLVE)\b/, weight: 4 },
    {
      re: /^npm (?:ERR!|error) .*(?:can only install packages when your package\.json and package-lock\.json|are in sync|Missing: .* from lock file|Invalid: lock file)/,
      weight: 4,
    },
    { re: new RegExp(`^npm (?:ERR!|error) .*${NET.source}`), weight: 4, category: 'network' },
    { re: /^npm (?:ERR!|error) code (E404|ETARGET|ENOVERSIONS|EINTEGRITY)/, weight: 4 },
    { re: /^npm (?:ERR!|error) code (EACCES|EPERM)/, weight: 4, category: 'permission' },
    { re: /^npm (?:ERR!|error) code (ENOSPC)/, weight: 4, category: 'oom-or-disk' },
    {
      re: /^npm (?:ERR!|error) (?:code E|notarget|404|Could not resolve dependency|Conflicting peer dependency|peer )/,
      weight: 3,
    },
    { re: /^npm (?:ERR!|error) Missing script: /, weight: 4, category: 'config' },
    { re: /^error Your lockfile needs to be updated/, weight: 4 },
    { re: /YN0028: .*lockfile would have been modified/, weight: 4 },
    { re: /YN0001: .*(?:ENOTFOUND|ETIMEDOUT|ECONNRESET)/, weight: 4, category: 'network' },
    { re: /YN0(?:001|002|060|018): /, weight: 3 },
    { re: /ERR_PNPM_(?:OUTDATED_LOCKFILE|LOCKFILE_CONFIG_MISMATCH|FROZEN_LOCKFILE)/, weight: 4 },
    { re: /ERR_PNPM_(?:META_FETCH_FAIL|FETCH_\d+)/, weight: 4, category: 'network' },
    {
      re: /ERR_PNPM_(?:PEER_DEP_ISSUES|NO_MATCHING_VERSION|RECURSIVE_RUN_FIRST_FAIL|\w+)/,
      weight: 3,
    },
    { re: /^error Command failed with exit code \d+/, weight: 1, cascade: true },
    {
      re: /^error (?:An unexpected error occurred|Couldn't find any versions|Package ".*" refers to a non-existing file)/,
      weight: 3,
    },
    {
      re: /^info There appears to be trouble with your network connection/,
      weight: 3,
      category: 'network',
    },
  ],
});
