import type { ActionRun } from '../platform/action.js';

/** Every action of the suite: where its action.yml is, and its run() loaded only when needed. */
export interface ActionEntry {
  name: string;
  /** Relative to the package root. */
  actionYml: string;
  load: () => Promise<ActionRun>;
}

export const ACTIONS: readonly ActionEntry[] = [
  {
    name: 'diagnose',
    actionYml: 'actions/diagnose/action.yml',
    load: async () => (await import('./diagnose/main.js')).run,
  },
  {
    name: 'patch',
    actionYml: 'actions/patch/action.yml',
    load: async () => (await import('./patch/main.js')).run,
  },
  {
    name: 'flaky-rerun',
    actionYml: 'actions/flaky-rerun/action.yml',
    load: async () => (await import('./flaky-rerun/main.js')).run,
  },
  {
    name: 'lean-prove',
    actionYml: 'actions/lean-prove/action.yml',
    load: async () => (await import('./lean-prove/main.js')).run,
  },
  {
    name: 'risk-gate',
    actionYml: 'actions/risk-gate/action.yml',
    load: async () => (await import('./risk-gate/main.js')).run,
  },
  {
    name: 'repo-sync',
    actionYml: 'actions/repo-sync/action.yml',
    load: async () => (await import('./repo-sync/main.js')).run,
  },
  {
    name: 'self-heal',
    actionYml: 'action.yml',
    load: async () => (await import('./self-heal/main.js')).run,
  },
];

export function findAction(name: string): ActionEntry | undefined {
  return ACTIONS.find((entry) => entry.name === name);
}
