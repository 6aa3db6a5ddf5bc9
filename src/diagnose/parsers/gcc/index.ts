import { ruleParser } from '../types.js';

/** gcc / clang / ld: `file:l:c: error: msg`, `fatal error:`, undefined references. */
export const gccParser = ruleParser({
  id: 'gcc',
  category: 'compile',
  needles: ['error', 'undefined reference', 'ld:'],
  rules: [
    {
      re: /^(\S+?\.(?:c|cc|cpp|cxx|h|hh|hpp|hxx|m|mm|S|s|cu)):(\d+):(\d+): (?:fatal )?error: (.*)$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: m[4]! }),
    },
    {
      re: /^(\S+?\.(?:c|cc|cpp|cxx|h|hpp)):(\d+): (?:fatal )?error: (.*)$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, message: m[3]! }),
    },
    {
      re: /^(?:\/usr\/bin\/)?(?:ld|ld\.\w+)?:? ?(\S+?\.(?:c|cc|cpp|o)):(?:\(.*?\)|(\d+)): (undefined reference to .*)$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2] ?? '1', message: m[3]! }),
    },
    { re: /undefined reference to `/, weight: 3 },
    { re: /^collect2: error: ld returned \d+ exit status$/, weight: 1, cascade: true },
    {
      re: /^(?:clang|gcc|g\+\+|cc|c\+\+)(?:-\d+)?: (?:fatal )?error: (?:linker command failed|ld returned)/,
      weight: 1,
      cascade: true,
    },
    { re: /^(?:clang|gcc|g\+\+|cc)(?:-\d+)?: (?:fatal )?error: /, weight: 3 },
  ],
});
