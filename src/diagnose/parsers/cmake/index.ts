import { ruleParser } from '../types.js';

/** CMake: `CMake Error at file:line (command):` and the configure summary. */
export const cmakeParser = ruleParser({
  id: 'cmake',
  category: 'config',
  needles: ['CMake Error', 'Configuring incomplete'],
  rules: [
    {
      re: /^CMake Error at (\S+):(\d+) \((\w+)\):?$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, message: `CMake error in ${m[3]}` }),
    },
    { re: /^CMake Error: (.*)$/, weight: 4 },
    { re: /^-- Configuring incomplete, errors occurred!/, weight: 1, cascade: true },
  ],
});
