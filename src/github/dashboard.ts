import type { Logger } from '../platform/logger.js';
import { silentLogger } from '../platform/logger.js';
import { createOctokit, type Octokit } from './octokit.js';

/**
 * The dashboard issue (label `kintsugi`, one per repository): the flaky registry, quarantine list,
 * healing history and spend ledger live here as an event log. Each event is its own comment, so
 * concurrent runs never overwrite each other; readers fold the events. The issue body is only a
 * human summary, re-rendered from the events, never read back as state.
 */

export const DASHBOARD_LABEL = 'kintsugi';
export const PAUSE_LABEL = 'kintsugi:pause';
export const DASHBOARD_TITLE = 'Kintsugi dashboard';
const BODY_MARKER = '<!-- kintsugi:dashboard -->';
const EVENT_MARKER = '<!-- kintsugi:event -->';
const EVENT_DATA = /<!-- kintsugi-event (\{.*\}) -->/s;
/** Authors whose event comments count: bots (GITHUB_TOKEN, the App) and people with write access. */
const TRUSTED_ASSOCIATIONS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

export interface DashboardEvent<T = unknown> {
  kind: string;
  /** ISO time the event was recorded. */
  at: string;
  runId?: string;
  data: T;
  /** The comment that holds it. */
  commentId: number;
}

export interface DashboardStore {
  issueNumber: number;
  appendEvent(kind: string, data: unknown): Promise<DashboardEvent>;
  /** Every event (of one kind), oldest first. */
  readEvents<T = unknown>(kind?: string): Promise<DashboardEvent<T>[]>;
  isPaused(): Promise<boolean>;
  /**
   * Rewrites the human summary. Given a function, it renders from the events and re-renders
   * when another run appended events meanwhile (up to 3 times), so the summary does not go stale.
   */
  renderBody(markdown: string | ((events: DashboardEvent[]) => string)): Promise<void>;
}

export interface DashboardOptions {
  owner: string;
  repo: string;
  /** Recorded with each event; defaults to GITHUB_RUN_ID. */
  runId?: string;
  logger?: Logger;
}

export async function openDashboard(
  octokit: Octokit,
  options: DashboardOptions,
): Promise<DashboardStore> {
  const { owner, repo } = options;
  const logger = options.logger ?? silentLogger;
  const runId = options.runId ?? process.env.GITHUB_RUN_ID;
  const issueNumber =
    (await findDashboardIssue(octokit, owner, repo)) ??
    (await createDashboardIssue(octokit, owner, repo, logger));

  const readEvents = async <T>(kind?: string): Promise<DashboardEvent<T>[]> => {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const events: DashboardEvent<T>[] = [];
    for (const c of comments) {
      if (!c.body?.startsWith(EVENT_MARKER)) continue;
      const trusted = c.user?.type === 'Bot' || TRUSTED_ASSOCIATIONS.has(c.author_association);
      if (!trusted) {
        logger.warning(
          `ignoring a dashboard event comment by ${c.user?.login ?? 'unknown'} (no write access)`,
        );
        continue;
      }
      const event = parseEvent<T>(c.body, c.id);
      if (event && (!kind || event.kind === kind)) events.push(event);
    }
    // GitHub's comment ids grow in the order it stored them; runners' clocks may disagree.
    return events.sort((a, b) => a.commentId - b.commentId);
  };

  return {
    issueNumber,
    async appendEvent(kind, data) {
      const event = { kind, at: new Date().toISOString(), ...(runId ? { runId } : {}), data };
      const { data: comment } = await octokit.rest.issues.createComment({
        owner,
        repo,
        issue_number: issueNumber,
        body: eventComment(event),
      });
      return { ...event, commentId: comment.id };
    },
    readEvents,
    async isPaused() {
      const { data } = await octokit.rest.issues.get({ owner, repo, issue_number: issueNumber });
      return data.labels.some((l) => (typeof l === 'string' ? l : l.name) === PAUSE_LABEL);
    },
    async renderBody(markdown) {
      const write = (text: string) =>
        octokit.rest.issues.update({
          owner,
          repo,
          issue_number: issueNumber,
          body: dashboardBody(text),
        });
      if (typeof markdown === 'string') {
        await write(markdown);
        return;
      }
      for (let attempt = 0; attempt < 3; attempt++) {
        const events = await readEvents();
        await write(markdown(events));
        const after = await readEvents();
        if (after.length === events.length) return;
        logger.debug('dashboard: events arrived while rendering; rendering again');
      }
    },
  };
}

/** Escapes `--` inside the JSON so the HTML comment that holds it cannot end early. */
export function eventComment(event: {
  kind: string;
  at: string;
  runId?: string;
  data: unknown;
}): string {
  const json = JSON.stringify({ v: 1, ...event }).replace(/--/g, '-\\u002d');
  const run = event.runId ? ` (run ${event.runId})` : '';
  const text = `${EVENT_MARKER}\nKintsugi recorded \`${event.kind}\`${run}.\n<!-- kintsugi-event ${json} -->`;
  if (text.length > 65_000)
    throw new Error(`dashboard event ${event.kind} is too large (${text.length} characters)`);
  return text;
}

export function parseEvent<T>(body: string, commentId: number): DashboardEvent<T> | undefined {
  const match = EVENT_DATA.exec(body);
  if (!match) return undefined;
  try {
    const raw = JSON.parse(match[1]!) as Partial<DashboardEvent<T>>;
    if (typeof raw.kind !== 'string' || typeof raw.at !== 'string') return undefined;
    return {
      kind: raw.kind,
      at: raw.at,
      ...(typeof raw.runId === 'string' ? { runId: raw.runId } : {}),
      data: raw.data as T,
      commentId,
    };
  } catch {
    return undefined;
  }
}

function dashboardBody(markdown: string): string {
  return `${BODY_MARKER}\n_Kintsugi keeps its state in the comments below (one event each); this text is a summary of them. Add the label \`${PAUSE_LABEL}\` to this issue to pause every Kintsugi action in this repository._\n\n${markdown}`.slice(
    0,
    65_536,
  );
}

async function listDashboards(octokit: Octokit, owner: string, repo: string) {
  const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    labels: DASHBOARD_LABEL,
    state: 'all',
    per_page: 100,
  });
  return issues
    .filter((i) => !i.pull_request)
    .filter((i) => i.title === DASHBOARD_TITLE || i.body?.startsWith(BODY_MARKER))
    .sort((a, b) => a.number - b.number);
}

async function findDashboardIssue(octokit: Octokit, owner: string, repo: string) {
  return (await listDashboards(octokit, owner, repo))[0]?.number;
}

/**
 * Two runs may both find no dashboard and both create one; each then keeps the lowest-numbered
 * one and closes its own if it lost, so they converge on the same issue before writing events.
 */
async function createDashboardIssue(octokit: Octokit, owner: string, repo: string, logger: Logger) {
  // GitHub silently drops a label that does not exist yet when the token lacks push access; a
  // dashboard without its label would never be found again, and each run would open a new one.
  await ensureLabel(
    octokit,
    {
      owner,
      repo,
      name: DASHBOARD_LABEL,
      color: 'd4af37',
      description: "Kintsugi's state: one dashboard issue per repository",
    },
    logger,
  );
  const { data: created } = await octokit.rest.issues.create({
    owner,
    repo,
    title: DASHBOARD_TITLE,
    labels: [DASHBOARD_LABEL],
    body: dashboardBody('_No events yet._'),
  });
  const winner = (await listDashboards(octokit, owner, repo))[0]?.number ?? created.number;
  if (winner !== created.number) {
    logger.info(
      `another run created dashboard #${winner} at the same time; closing #${created.number}`,
    );
    await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: created.number,
      state: 'closed',
      state_reason: 'not_planned',
      title: `${DASHBOARD_TITLE} (duplicate of #${winner})`,
    });
  }
  return winner;
}

async function ensureLabel(
  octokit: Octokit,
  label: { owner: string; repo: string; name: string; color: string; description: string },
  logger: Logger,
): Promise<void> {
  const { owner, repo, name } = label;
  try {
    await octokit.rest.issues.getLabel({ owner, repo, name });
    return;
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
  try {
    await octokit.rest.issues.createLabel(label);
  } catch (error) {
    // 422: another run created it first. Anything else: carry on; the issue may still get it.
    if ((error as { status?: number }).status !== 422)
      logger.warning(`could not create the label ${name}: ${(error as Error).message}`);
  }
}

/**
 * The kill switch's label check, used by the runner boundary before any action runs: a reason
 * when the dashboard issue carries `kintsugi:pause`, else undefined. Never creates the issue.
 */
export async function dashboardPauseProbe(options: {
  token: string;
  repository: { owner: string; repo: string };
  apiUrl: string;
}): Promise<string | undefined> {
  const octokit = createOctokit({ token: options.token, baseUrl: options.apiUrl, retries: 1 });
  const { owner, repo } = options.repository;
  const { data } = await octokit.rest.issues.listForRepo({
    owner,
    repo,
    labels: `${DASHBOARD_LABEL},${PAUSE_LABEL}`,
    state: 'all',
    per_page: 10,
  });
  const paused = data.find((i) => !i.pull_request);
  return paused
    ? `Kintsugi is paused: the dashboard issue #${paused.number} carries the label ${PAUSE_LABEL}`
    : undefined;
}
