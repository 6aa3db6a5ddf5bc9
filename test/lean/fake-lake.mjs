#!/usr/bin/env node
// Stand-in `lake` (and `lean`) for tests: replays recorded Lean/lake output and an exit code chosen by
// the scenario file named in FAKE_LAKE_SCENARIO. Each rule matches the joined arguments (`args`, a
// substring, or the whole line with `exact`), the working directory (`cwd`, a substring) and/or the content of the .lean file given (`contains`); the first match wins.
// A rule may `replace` strings in the recorded output (to point a recorded file name at a fixture
// file) or `hang` (it then starts a child and never exits, so the caller must kill the group).
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const scenarioFile = process.env.FAKE_LAKE_SCENARIO;
if (!scenarioFile) {
  process.stderr.write('fake-lake: FAKE_LAKE_SCENARIO is not set\n');
  process.exit(2);
}
const scenario = JSON.parse(readFileSync(scenarioFile, 'utf8'));
const tool = path.basename(process.argv[1]).replace(/\.mjs$/, '');
let args = process.argv.slice(2);
if (tool === 'lean') args = ['env', 'lean', ...args];
const joined = args.join(' ');
if (scenario.calls) appendFileSync(scenario.calls, `${joined}\n`);
// Where each call ran and whether dependencies were there (the base worktree links the head's).
if (scenario.calls)
  appendFileSync(
    `${scenario.calls}.cwd`,
    `${process.cwd()} packages=${existsSync('.lake/packages')}\n`,
  );

const leanFile = args.find((a) => a.endsWith('.lean'));
let content = '';
if (leanFile) {
  try {
    content = readFileSync(path.resolve(process.cwd(), leanFile), 'utf8');
  } catch {
    content = '';
  }
}
const rule = (scenario.rules ?? []).find(
  (r) =>
    (r.args === undefined || (r.exact ? joined === r.args : joined.includes(r.args))) &&
    (r.contains === undefined || content.includes(r.contains)) &&
    (r.cwd === undefined || process.cwd().includes(r.cwd)),
) ??
  scenario.default ?? { exit: 0 };

if (rule.hang) {
  process.stdout.write(rule.text ?? '');
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  if (scenario.calls) appendFileSync(`${scenario.calls}.pids`, `${process.pid}\n${child.pid}\n`);
  setInterval(() => {}, 1000);
} else {
  let output = rule.text ?? '';
  if (rule.output)
    output = readFileSync(path.resolve(path.dirname(scenarioFile), rule.output), 'utf8');
  for (const [from, to] of rule.replace ?? []) output = output.split(from).join(to);
  process.stdout.write(output);
  process.exitCode = rule.exit ?? 0;
}
