import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ACTIONS } from '../../actions/registry.js';
import { packageRoot } from '../../platform/package-root.js';
import { readActionMetadata, renderActionTables } from '../action-metadata.js';
import { parseArgs } from '../args.js';
import type { CliCommand } from '../streams.js';

const START = '<!-- kintsugi:inputs:start (generated from action.yml by `npm run docs`) -->';
const END = '<!-- kintsugi:inputs:end -->';

/** `kintsugi docs [--check]`: regenerate the tables between the markers; --check fails if stale. */
export const docsCommand: CliCommand = async (argv, streams) => {
  const { options } = parseArgs(argv);
  const check = options.check === 'true';
  let stale = 0;
  for (const entry of ACTIONS) {
    const readme = path.join(
      packageRoot(),
      path.dirname(entry.actionYml),
      entry.name === 'self-heal' ? 'docs/self-heal.md' : 'README.md',
    );
    const metadata = await readActionMetadata(entry.actionYml);
    const tables = `${START}\n${renderActionTables(metadata)}${END}`;
    const current = await readFile(readme, 'utf8').catch(
      () => `# ${metadata.name}\n\n${metadata.description}\n\n${START}\n${END}\n`,
    );
    const pattern = new RegExp(`${escape(START)}[\\s\\S]*?${escape(END)}`);
    const next = pattern.test(current)
      ? current.replace(pattern, tables)
      : `${current.trimEnd()}\n\n${tables}\n`;
    if (next !== current) {
      stale++;
      if (!check) {
        await mkdir(path.dirname(readme), { recursive: true });
        await writeFile(readme, next, 'utf8');
      }
      streams.stdout.write(
        `${check ? 'stale' : 'wrote'} ${path.relative(packageRoot(), readme)}\n`,
      );
    }
  }
  return check && stale > 0 ? 1 : 0;
};

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
