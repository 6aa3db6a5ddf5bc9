import { ruleParser } from '../types.js';

/** dotnet / MSBuild: `file(l,c): error CS1002: msg [proj]`, NuGet `NU1101`, `Failed Name [12 ms]`. */
export const dotnetParser = ruleParser({
  id: 'dotnet',
  category: 'compile',
  needles: ['error ', 'Failed', 'Build FAILED', 'Error(s)'],
  rules: [
    {
      re: /^\s*(\S.*?\.(?:cs|vb|fs|csproj|fsproj|vbproj|props|targets|sln))\((\d+),(\d+)(?:,\d+,\d+)?\): error (NU\d+): (.*?)(?: \[.*\])?$/,
      weight: 4,
      category: 'dependency',
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: `${m[4]}: ${m[5]}` }),
    },
    {
      re: /^\s*(\S.*?\.(?:cs|vb|fs|csproj|fsproj|vbproj|props|targets|sln|xaml|razor))\((\d+),(\d+)(?:,\d+,\d+)?\): error (\w+\d+): (.*?)(?: \[.*\])?$/,
      weight: 4,
      location: (m) => ({ file: m[1]!, line: m[2]!, column: m[3]!, message: `${m[4]}: ${m[5]}` }),
    },
    { re: /^\s*(?:\S+ : )?error (NU\d+): /, weight: 4, category: 'dependency' },
    { re: /^\s*(?:\S+ : )?error (MSB\d+): /, weight: 3, category: 'config' },
    {
      re: /^\s+Failed (\S.*?) \[\d+(?:\.\d+)? ?(?:ms|s|m)\]$/,
      weight: 4,
      category: 'test',
      failingTest: (m) => ({ name: m[1]! }),
    },
    { re: /^Failed!\s+- Failed:\s+\d+/, weight: 1, cascade: true, category: 'test' },
    { re: /^Build FAILED\.$/, weight: 1, cascade: true },
    { re: /^\s+\d+ Error\(s\)$/, weight: 0.5, cascade: true },
  ],
});
