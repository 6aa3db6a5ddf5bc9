import type { CliCommand } from '../streams.js';

/**
 * Commands beyond the generic `kintsugi <action>`; a command here with an action's name takes its
 * place (diagnose takes log files as positional arguments, for instance). Loaded only when used.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<CliCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'diagnose',
    summary: 'say why CI failed: one diagnosis per log FILE (--format json: one report per line)',
    load: async () => (await import('./diagnose.js')).diagnoseCommand,
  },
  {
    name: 'docs',
    summary: "write each action README's input/output tables from its action.yml",
    load: async () => (await import('./docs.js')).docsCommand,
  },
  {
    name: 'test-report',
    summary:
      'read test result files (JUnit, TRX, NUnit, jest/vitest/mocha JSON, go -json...) and print counts per unique test',
    load: async () => (await import('./test-report.js')).testReportCommand,
  },
  {
    name: 'policy',
    summary: "run a risk-gate policy bundle's own test cases (policy test), or print its digest",
    load: async () => (await import('./policy.js')).policyCommand,
  },
  {
    name: 'redact',
    summary:
      'copy standard input to standard output with each secret replaced by [REDACTED:<rule>]',
    load: async () => (await import('./redact.js')).redactCommand,
  },
  {
    name: 'lean-output',
    summary:
      'parse recorded Lean/lake output into messages, declarations and build status (one JSON per file)',
    load: async () => (await import('./lean-output.js')).leanOutputCommand,
  },
];
