import type { LineRule } from '../types.js';
import { ruleParser } from '../types.js';

/**
 * What any tool prints: `error:`/`fatal:` lines, exceptions, and the runner's own words for timeouts,
 * memory, disk, permissions, network and lost runners. Used when no tool parser claims a line.
 */
const rules: LineRule[] = [
  { re: /^Process completed with exit code \d+\.?$/, weight: 0.5, cascade: true },
  { re: /^Error: Process completed with exit code \d+/, weight: 0.5, cascade: true },
  {
    re: /(?:has exceeded the maximum execution time|The job running on runner .* has exceeded|Timeout of \d+ms exceeded|timed out after \d+|Job execution time exceeded|No output has been received in the last \d+m)/i,
    weight: 4,
    category: 'timeout',
  },
  { re: /^The operation was canceled\.$/, weight: 1, category: 'timeout' },
  {
    re: /(?:JavaScript heap out of memory|java\.lang\.OutOfMemoryError|MemoryError\b|Cannot allocate memory|out of memory|OOMKilled|Killed\s+.*signal 9|exit code 137\b)/i,
    weight: 4,
    category: 'oom-or-disk',
  },
  {
    re: /(?:No space left on device|ENOSPC|disk quota exceeded|System\.IO\.IOException: No space)/i,
    weight: 4,
    category: 'oom-or-disk',
  },
  {
    re: /(?:Resource not accessible by integration|HttpError: (?:Bad credentials|Not Found)|Permission denied|EACCES|EPERM|403 Forbidden|returned error: 403|Authentication failed|could not read Username)/,
    weight: 3,
    category: 'permission',
  },
  {
    re: /(?:Could not resolve host|getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|ETIMEDOUT|ECONNRESET|ECONNREFUSED|Connection (?:timed out|reset by peer|refused)|Temporary failure in name resolution|TLS handshake timeout|(?:returned error|status code|HTTP(?:\/\d\.\d)?):? ?50[234]|Service Unavailable|Bad Gateway|unable to access '.*?':)/i,
    weight: 3,
    category: 'network',
  },
  {
    re: /(?:The runner has received a shutdown signal|lost communication with the server|The hosted runner encountered an error|Runner \S+ did not connect|runner .* is offline|An error occurred while provisioning resources)/i,
    weight: 4,
    category: 'infra',
  },
  { re: /^Traceback \(most recent call last\):$/, weight: 3 },
  { re: /^(?:fatal|FATAL)(?:\s+ERROR)?:? /, weight: 3 },
  { re: /^(?:ERROR|Error|error)(?:\[\w+\])?: \S/, weight: 3 },
  { re: /^\s*(?:[\w.$]+\.)?[A-Z]\w*(?:Exception|Error)(?:: |$)/, weight: 3 },
  { re: /^Caused by: /, weight: 2 },
  { re: /^\S.*\b(?:error|ERROR|Error)\b: \S/, weight: 2 },
  { re: /\b(?:FAILED|FAILURE)\b/, weight: 1.5 },
  { re: /\b(?:failed|Failed|cannot|Cannot|could not|Could not|unable to|Unable to)\b/, weight: 1 },
  { re: /\b(?:error|Error|ERROR)\b/, weight: 1 },
];

export const genericParser = ruleParser({
  id: 'generic',
  category: 'unknown',
  needles: [''],
  rules,
});
