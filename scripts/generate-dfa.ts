// Regenerates src/diagnose/dfa/tables.generated.ts: the automata built from the parsers' patterns
// (with refa) and the WebAssembly chunk scanner assembled from scan.wat (with wabt).
// Usage: npm run generate            (writes the file)
//        npm run generate -- --check (exits 1 if the file is out of date)
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generatedTables } from '../src/diagnose/dfa/generate.js';

const target = fileURLToPath(new URL('../src/diagnose/dfa/tables.generated.ts', import.meta.url));
const text = await generatedTables();
const current = await readFile(target, 'utf8').catch(() => '');
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${target} is out of date: run npm run generate`);
    process.exit(1);
  }
  console.log(`${target} is current`);
} else if (current === text) {
  console.log(`${target} unchanged`);
} else {
  await writeFile(target, text);
  console.log(`wrote ${target}`);
}
