import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { authenticate, authorize } from './auth.js';
import { answerGraphql, checkGraphql } from './graphql.js';
import { HttpError, type Caller, type Ctx, type Reply, type Routes } from './handler.js';
import { checkRequest } from './openapi.js';
import { responseValidatorFor } from './openapi-compile.js';
import { actionRoutes } from './routes-actions.js';
import { appRoutes } from './routes-apps.js';
import { checkRoutes } from './routes-checks.js';
import { gitRoutes } from './routes-git.js';
import { issueRoutes } from './routes-issues.js';
import { pullRoutes } from './routes-pulls.js';
import { reviewRoutes } from './routes-review.js';
import { FakeGitHubState } from './state.js';

/**
 * A stateful GitHub REST server on 127.0.0.1. Every request is checked against GitHub's OpenAPI
 * description before it reaches a handler; a request that does not conform is answered as GitHub
 * would (400/404/422) and recorded in `violations`, and `close()` then fails the test.
 */

export interface FakeGitHubOptions {
  /** Accept any bearer token as the user `login` (default true); App and installation tokens are always checked. */
  acceptAnyToken?: boolean;
  /** The login unknown tokens act as (default `kintsugi-test-user`). */
  login?: string;
  /** Seed a first repository, e.g. `acme/widgets`. */
  repo?: string;
  /**
   * Also check the fake's own answers against the described response schemas (field types, not
   * completeness); a mismatch is recorded as a violation. Default true.
   */
  checkResponses?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  route?: string;
  query: Record<string, unknown>;
  body: unknown;
  status: number;
  auth?: string;
  userAgent?: string;
}

export interface Violation {
  method: string;
  path: string;
  route?: string;
  errors: string[];
}

export interface InjectedFailure {
  /** `METHOD /template` to match; any route when absent. */
  route?: string;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  times?: number;
}

export interface FakeGitHub {
  /** Use as Octokit's baseUrl. */
  url: string;
  state: FakeGitHubState;
  requests: RecordedRequest[];
  violations: Violation[];
  /** Answers the next matching request(s) with this failure (rate limits, 5xx) before handling. */
  failNext(failure: InjectedFailure): void;
  /** Returns and forgets the violations so far (for tests that provoke them on purpose). */
  takeViolations(): Violation[];
  /** Throws listing every request that did not conform to GitHub's description. */
  assertNoViolations(): void;
  /** Stops the server; throws if violations remain (call takeViolations() first if intended). */
  close(): Promise<void>;
}

export const ROUTES: Routes = {
  ...issueRoutes,
  ...pullRoutes,
  ...gitRoutes,
  ...checkRoutes,
  ...actionRoutes,
  ...appRoutes,
  ...reviewRoutes,
};

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = new FakeGitHubState();
  if (options.repo) state.addRepo(options.repo);
  const requests: RecordedRequest[] = [];
  let violations: Violation[] = [];
  const failures: InjectedFailure[] = [];
  const auth = {
    acceptAnyToken: options.acceptAnyToken ?? true,
    login: options.login ?? 'kintsugi-test-user',
  };
  let url = '';
  const checkResponses = options.checkResponses ?? true;
  const checkResponse = (
    method: string,
    match: { route: string; template: string },
    reply: Reply,
  ) => {
    if (reply.status >= 300 || reply.body === undefined || typeof reply.body === 'string') return;
    if (match.template === '/graphql') return;
    const validate = responseValidatorFor(method, match.template, reply.status);
    if (!validate || validate(reply.body)) return;
    const errors = (validate.errors ?? [])
      .slice(0, 5)
      .map((e) => `response${e.instancePath}: ${e.message ?? e.keyword}`);
    violations.push({
      method,
      path: match.route,
      route: match.route,
      errors: ["the fake answered outside GitHub's description (a bug in the fake):", ...errors],
    });
  };

  const handle = async (req: IncomingMessage): Promise<Reply> => {
    const parsed = new URL(req.url ?? '/', url);
    // GitHub Enterprise Server serves the same API under /api/v3 (GraphQL at /api/graphql).
    if (parsed.pathname.startsWith('/api/v3/'))
      parsed.pathname = parsed.pathname.slice('/api/v3'.length);
    else if (parsed.pathname === '/api/graphql') parsed.pathname = '/graphql';
    const method = (req.method ?? 'GET').toUpperCase();
    const body = await readBody(req);
    const record: RecordedRequest = {
      method,
      path: parsed.pathname,
      query: Object.fromEntries(parsed.searchParams),
      body,
      status: 0,
      auth: req.headers.authorization,
      userAgent: req.headers['user-agent'],
    };
    requests.push(record);
    const reply = await answer(method, parsed, body, req.headers.authorization, record);
    record.status = reply.status;
    return reply;
  };

  const answer = async (
    method: string,
    parsed: URL,
    body: unknown,
    authorization: string | undefined,
    record: RecordedRequest,
  ): Promise<Reply> => {
    if (method === 'GET' && parsed.pathname.startsWith('/_blobs/')) {
      const blob = state.downloads.get(parsed.pathname.slice('/_blobs/'.length));
      return blob === undefined
        ? error(404, 'blob expired')
        : { status: 200, body: blob, headers: { 'content-type': 'text/plain' } };
    }
    const isGraphql = method === 'POST' && parsed.pathname === '/graphql';
    const check = isGraphql
      ? {
          errors: checkGraphql(body),
          status: 400,
          query: {},
          match: { route: 'POST /graphql', template: '/graphql', params: {} },
        }
      : checkRequest(method, parsed.pathname, parsed.searchParams, body);
    record.route = check.match?.route;
    if (check.errors.length) {
      violations.push({
        method,
        path: parsed.pathname,
        route: check.match?.route,
        errors: check.errors,
      });
      return error(check.status ?? 422, `Invalid request.\n\n${check.errors.join('\n')}`);
    }
    const match = check.match!;
    const injected = failures.findIndex((f) => !f.route || f.route === match.route);
    if (injected >= 0) {
      const f = failures[injected]!;
      if (!f.times || --f.times <= 0) failures.splice(injected, 1);
      return {
        status: f.status,
        body: f.body ?? { message: `injected failure ${f.status}` },
        headers: f.headers,
      };
    }
    const handler = isGraphql ? answerGraphql : ROUTES[match.route];
    if (!handler) {
      violations.push({
        method,
        path: parsed.pathname,
        route: match.route,
        errors: [
          `the fake GitHub has no handler for ${match.route}; add one under test/support/fake-github/`,
        ],
      });
      return error(501, `not implemented in the fake: ${match.route}`);
    }
    try {
      const caller: Caller = authenticate(state, authorization, match.route, auth);
      authorize(state, caller, method, match.template, match.params);
      const ctx: Ctx = {
        state,
        params: match.params,
        query: check.query,
        body,
        caller,
        view: { api: url, web: 'https://github.com' },
        url: parsed,
        repo: () => state.repo(match.params.owner ?? '', match.params.repo ?? '') ?? notFoundRepo(),
      };
      const reply = await handler(ctx);
      if (checkResponses) checkResponse(method, match, reply);
      return reply;
    } catch (e) {
      if (e instanceof HttpError) return error(e.status, e.message);
      throw e;
    }
  };

  const server = createServer((req, res) => {
    handle(req)
      .then((reply) => send(res, reply))
      .catch((e: unknown) =>
        send(res, error(500, `fake-github crashed: ${e instanceof Error ? e.stack : String(e)}`)),
      );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const assertNoViolations = () => {
    if (!violations.length) return;
    const lines = violations.map(
      (v) =>
        `  ${v.method} ${v.path}${v.route ? ` (${v.route})` : ''}\n    ${v.errors.join('\n    ')}`,
    );
    throw new Error(
      `fake GitHub: ${violations.length} request(s) violate GitHub's REST description:\n${lines.join('\n')}`,
    );
  };

  return {
    url,
    state,
    requests,
    get violations() {
      return violations;
    },
    failNext: (f) => void failures.push({ ...f }),
    takeViolations() {
      const taken = violations;
      violations = [];
      return taken;
    },
    assertNoViolations,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      assertNoViolations();
    },
  };
}

function notFoundRepo(): never {
  throw new HttpError(404, 'Not Found');
}

function error(status: number, message: string): Reply {
  return {
    status,
    body: { message, documentation_url: 'https://docs.github.com/rest', status: String(status) },
  };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  if (/json/.test(req.headers['content-type'] ?? '') || /^[[{]/.test(text.trim())) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    'x-github-api-version-selected': '2022-11-28',
    ...reply.headers,
  };
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  const isText = typeof reply.body === 'string';
  headers['content-type'] ??= isText
    ? 'text/plain; charset=utf-8'
    : 'application/json; charset=utf-8';
  res.writeHead(reply.status, headers).end(isText ? reply.body : JSON.stringify(reply.body));
}
