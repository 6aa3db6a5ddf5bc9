import { runDemo } from './demo.js';
import { renderTerminal } from './render.js';

// `npm run demo`: heal examples/sample-repo end to end, offline, and say where the reports are.
const demo = await runDemo();
process.stdout.write(renderTerminal(demo.result));
process.stdout.write(
  `\nreports:\n  markdown: ${demo.reports.markdown}\n  html:     ${demo.reports.html}\n  log:      ${demo.reports.log}\n`,
);
process.exitCode = demo.result.problems.length === 0 ? 0 : 1;
