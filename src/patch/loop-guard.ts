/** The part of the dashboard store (src/github/dashboard.ts) the loop guard uses. */
export interface DashboardEvents {
  appendEvent(kind: string, data: Record<string, unknown>): Promise<unknown>;
  readEvents(kind?: string): Promise<{ kind: string; at: string; data: unknown }[]>;
}

export const ATTEMPT_EVENT = 'patch-attempt';
const DAY_MS = 24 * 60 * 60 * 1000;

/** Kintsugi never heals a branch it created: that is how a fix loop would start. */
export function ownBranchRefusal(
  failedBranch: string | undefined,
  prefix: string,
): string | undefined {
  if (!failedBranch) return undefined;
  const branch = failedBranch.replace(/^refs\/heads\//, '');
  if (branch.startsWith(prefix)) {
    return `the failing branch ${branch} is one Kintsugi created (under ${prefix}); it never heals its own branches`;
  }
  return undefined;
}

/** The branch that failed: a PR's head, the workflow_run's head branch, or the pushed ref. */
export function failedBranchOf(
  env: NodeJS.ProcessEnv,
  payload: Record<string, unknown>,
): string | undefined {
  const run = payload.workflow_run as { head_branch?: unknown } | undefined;
  if (run && typeof run.head_branch === 'string' && run.head_branch) return run.head_branch;
  if (env.GITHUB_HEAD_REF) return env.GITHUB_HEAD_REF;
  const ref = env.GITHUB_REF ?? '';
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}

/** How many heal attempts this PR branch had in the last 24 hours, per the dashboard. */
export async function attemptsToday(
  dashboard: DashboardEvents,
  branch: string,
  now = Date.now(),
): Promise<number> {
  const events = await dashboard.readEvents(ATTEMPT_EVENT);
  return events.filter((e) => {
    const data = e.data as { branch?: unknown } | null;
    return data?.branch === branch && now - Date.parse(e.at) < DAY_MS;
  }).length;
}

export async function recordAttempt(
  dashboard: DashboardEvents,
  branch: string,
  outcome: string,
): Promise<void> {
  await dashboard.appendEvent(ATTEMPT_EVENT, { branch, outcome });
}
