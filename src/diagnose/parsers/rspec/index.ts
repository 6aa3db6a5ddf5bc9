import { ruleParser } from '../types.js';

/** RSpec: `Failure/Error:` lines, `# ./spec/x_spec.rb:5` frames and the `rspec ./spec/x_spec.rb:4 # name` list. */
export const rspecParser = ruleParser({
  id: 'rspec',
  category: 'test',
  needles: ['rspec ./', 'Failure/Error', '_spec.rb', 'examples, '],
  trigger: '\\.rb:\\d',
  rules: [
    {
      re: /^rspec \.\/(\S+?_spec\.rb):(\d+) # (.*)$/,
      weight: 3,
      failingTest: (m) => ({ name: m[3]!, file: m[1]!, line: Number(m[2]) }),
    },
    { re: /^\s*Failure\/Error: (.*)$/, weight: 4 },
    {
      re: /^\s*# \.\/(\S+?_spec\.rb):(\d+):in /,
      weight: 2,
      location: (m) => ({ file: m[1]!, line: m[2]!, message: 'failing example' }),
    },
    { re: /^\d+ examples?, [1-9]\d* failures?/, weight: 1, cascade: true },
  ],
});
