import { ruleParser } from '../types.js';

/** Lean 4 / lake: `file.lean:l:c: error: msg` (both orders), `✖ [n/m] Building X`, `error: build failed`. */
export const leanParser = ruleParser({
  id: 'lean',
  category: 'compile',
  needles: ['.lean:', 'error: build failed', '✖ [', 'lake'],
  trigger: '\\.lean:\\d',
  rules: [
    {
      re: /^(?:error: )?(\S+?\.lean):(\d+):(\d+): error: (.*)$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: m[4]! }),
    },
    {
      re: /^error: (\S+?\.lean):(\d+):(\d+): (.*)$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: m[4]! }),
    },
    { re: /^✖ \[\d+\/\d+\] Build(?:ing)? (\S+)/, weight: 2 },
    {
      re: /^error: (?:build failed|Lean exited with code|\S+ failed to build)/,
      weight: 1,
      cascade: true,
    },
    { re: /^(\S+?\.lean):(\d+):(\d+): warning: declaration uses 'sorry'$/, weight: 0 },
  ],
});
