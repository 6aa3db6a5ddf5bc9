import { verify } from 'node:crypto';
import { HttpError, type Caller } from './handler.js';
import { permissionFor } from './routes-apps.js';
import type { FakeGitHubState } from './state.js';

/**
 * Who is calling: a user token, an installation token (scoped to repositories and permissions,
 * revocable) or a GitHub App JWT signed RS256 with the App's private key.
 */

export interface AuthOptions {
  acceptAnyToken: boolean;
  login: string;
}

const APP_ROUTES =
  /^(GET|POST|DELETE|PATCH) \/(app\b|repos\/\{owner\}\/\{repo\}\/installation$|orgs\/\{org\}\/installation$|users\/\{username\}\/installation$)/;

export function authenticate(
  state: FakeGitHubState,
  header: string | undefined,
  route: string,
  options: AuthOptions,
): Caller {
  if (!header) throw new HttpError(401, 'Requires authentication');
  const [scheme, credential = ''] = header.split(/\s+/, 2);
  if (!/^(token|bearer)$/i.test(scheme ?? '')) throw new HttpError(401, 'Bad credentials');
  if (credential.split('.').length === 3 && credential.startsWith('ey')) {
    const appId = verifyAppJwt(state, credential);
    if (!APP_ROUTES.test(route))
      throw new HttpError(401, `an App JWT cannot call ${route}; use an installation token`);
    return { login: `${state.apps.get(appId)!.slug}[bot]`, appId };
  }
  const token = state.tokens.get(credential);
  if (token) {
    if (token.revoked) throw new HttpError(401, 'Bad credentials (token revoked)');
    if (token.expiresAt && Date.parse(token.expiresAt) < Date.now())
      throw new HttpError(401, 'Bad credentials (token expired)');
    return { login: token.login, token };
  }
  if (!options.acceptAnyToken) throw new HttpError(401, 'Bad credentials');
  return { login: options.login };
}

function verifyAppJwt(state: FakeGitHubState, jwt: string): number {
  const [h, p, s] = jwt.split('.') as [string, string, string];
  const decode = (part: string) =>
    JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  let header: Record<string, unknown>;
  let payload: Record<string, unknown>;
  try {
    header = decode(h);
    payload = decode(p);
  } catch {
    throw new HttpError(401, 'A JSON web token could not be decoded');
  }
  if (header.alg !== 'RS256')
    throw new HttpError(401, `JWT algorithm must be RS256, got ${String(header.alg)}`);
  const app = [...state.apps.values()].find(
    (a) => String(a.id) === String(payload.iss) || a.clientId === payload.iss,
  );
  if (!app) throw new HttpError(401, `Integration not found for iss ${String(payload.iss)}`);
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${h}.${p}`),
    app.publicKey,
    Buffer.from(s, 'base64url'),
  );
  if (!valid) throw new HttpError(401, 'A JSON web token could not be decoded (bad signature)');
  const nowSec = Math.floor(Date.now() / 1000);
  if (typeof payload.exp !== 'number' || payload.exp < nowSec)
    throw new HttpError(401, "'Expiration time' claim ('exp') is too far in the past");
  if (typeof payload.iat !== 'number' || payload.iat > nowSec + 60)
    throw new HttpError(
      401,
      "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
    );
  if (payload.exp - payload.iat > 600)
    throw new HttpError(401, "'Expiration time' claim ('exp') is too far in the future");
  return app.id;
}

/**
 * Installation tokens reach only their repositories (others look absent: 404, as on GitHub) and
 * need the route's permission (read for GET, write otherwise: 403 without it).
 */
export function authorize(
  state: FakeGitHubState,
  caller: Caller,
  method: string,
  template: string,
  params: Record<string, string>,
): void {
  const token = caller.token;
  if (!token || token.kind !== 'installation' || template === '/installation/token') return;
  if (params.owner && params.repo) {
    const full = `${params.owner}/${params.repo}`.toLowerCase();
    if (!token.repositories?.some((r) => r.toLowerCase() === full))
      throw new HttpError(404, 'Not Found');
  }
  const permission = template === '/graphql' ? undefined : permissionFor(template);
  if (!permission || permission === 'metadata') return;
  const need = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
  const have = [token.permissions?.[permission]];
  // Comments and labels on a pull request are allowed with pull_requests as well as issues.
  if (permission === 'issues' && params.issue_number) {
    const repo = state.repo(params.owner!, params.repo!);
    if (repo?.issues.get(Number(params.issue_number))?.isPull)
      have.push(token.permissions?.pull_requests);
  }
  const ok = have.some((level) => level === 'write' || (need === 'read' && level === 'read'));
  if (!ok)
    throw new HttpError(
      403,
      `Resource not accessible by integration (needs ${permission}: ${need})`,
    );
}
