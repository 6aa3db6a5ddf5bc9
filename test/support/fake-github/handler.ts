import type { FakeGitHubState, RepoRecord, TokenRecord } from './state.js';
import type { View } from './views.js';

/** What a route handler gets and gives back; handlers are keyed by `METHOD /template`. */

export interface Caller {
  login: string;
  token?: TokenRecord;
  /** Set when the request was authenticated with an App JWT. */
  appId?: number;
}

export interface Ctx {
  state: FakeGitHubState;
  params: Record<string, string>;
  query: Record<string, unknown>;
  // Request bodies are validated against the description before a handler sees them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  caller: Caller;
  view: View;
  /** The full request URL (for Link headers). */
  url: URL;
  repo(): RepoRecord;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;
export type Routes = Record<string, Handler>;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const ok = (body: unknown, status = 200): Reply => ({ status, body });
export const noContent = (): Reply => ({ status: 204 });

export function notFound(what = 'Not Found'): never {
  throw new HttpError(404, what);
}

/** One page of a list, with the Link header octokit.paginate follows. */
export function page<T>(
  ctx: Ctx,
  items: T[],
  wrap?: (items: T[], total: number) => unknown,
): Reply {
  const perPage = Number(ctx.query.per_page ?? 30);
  const pageNo = Number(ctx.query.page ?? 1);
  const slice = items.slice((pageNo - 1) * perPage, pageNo * perPage);
  const headers: Record<string, string> = {};
  const links: string[] = [];
  const linkTo = (n: number, rel: string) => {
    const u = new URL(ctx.url);
    u.searchParams.set('page', String(n));
    u.searchParams.set('per_page', String(perPage));
    links.push(`<${u.toString()}>; rel="${rel}"`);
  };
  const last = Math.max(1, Math.ceil(items.length / perPage));
  if (pageNo < last) {
    linkTo(pageNo + 1, 'next');
    linkTo(last, 'last');
  }
  if (pageNo > 1) {
    linkTo(pageNo - 1, 'prev');
    linkTo(1, 'first');
  }
  if (links.length) headers.link = links.join(', ');
  return { status: 200, body: wrap ? wrap(slice, items.length) : slice, headers };
}

export function touch(): string {
  return new Date().toISOString();
}
