import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

/** A real npm registry (Verdaccio) on loopback with no uplink: nothing reaches the public registry. */
export interface LocalRegistry {
  url: string;
  token: string;
  publish(pkg: FixturePackage): Promise<void>;
  close(): Promise<void>;
}

export interface FixturePackage {
  name: string;
  version: string;
  files: Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function startLocalRegistry(): Promise<LocalRegistry> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'kintsugi-registry-'));
  const port = await freePort();
  const config = [
    `storage: ${path.join(dir, 'storage')}`,
    'auth:',
    '  htpasswd:',
    `    file: ${path.join(dir, 'htpasswd')}`,
    '    max_users: 100',
    'uplinks: {}',
    'packages:',
    "  '**':",
    '    access: $all',
    '    publish: $authenticated',
    'server:',
    '  keepAliveTimeout: 0',
    'logs: { type: stdout, format: pretty, level: fatal }',
    '',
  ].join('\n');
  await writeFile(path.join(dir, 'config.yaml'), config);
  const bin = path.join(
    path.dirname(createRequire(import.meta.url).resolve('verdaccio/package.json')),
    'bin',
    'verdaccio',
  );
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, '--config', path.join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/-/ping`)).ok, 30_000).catch((error: Error) => {
    child.kill('SIGKILL');
    throw new Error(`verdaccio did not start: ${error.message}\n${stderr}`);
  });
  const token = await addUser(url);
  return {
    url,
    token,
    publish: (pkg) => publish(url, token, pkg),
    async close() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms (${String(last)})`);
}

async function addUser(url: string): Promise<string> {
  const response = await fetch(`${url}/-/user/org.couchdb.user:kintsugi`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'kintsugi', password: 'kintsugi-test', type: 'user', roles: [] }),
  });
  const body = (await response.json()) as { token?: string };
  if (!body.token)
    throw new Error(`could not create a registry user: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** What `npm publish` sends: the packument with the tarball attached. */
async function publish(url: string, token: string, pkg: FixturePackage): Promise<void> {
  const manifest = {
    name: pkg.name,
    version: pkg.version,
    main: 'index.js',
    type: 'commonjs',
    dependencies: pkg.dependencies,
    peerDependencies: pkg.peerDependencies,
  };
  const tarball = gzipSync(
    tar({ 'package/package.json': JSON.stringify(manifest, null, 2), ...prefix(pkg.files) }),
  );
  const filename = `${pkg.name.replace(/^@[^/]+\//, '')}-${pkg.version}.tgz`;
  const body = {
    _id: pkg.name,
    name: pkg.name,
    'dist-tags': { latest: pkg.version },
    versions: {
      [pkg.version]: {
        ...manifest,
        _id: `${pkg.name}@${pkg.version}`,
        dist: {
          shasum: createHash('sha1').update(tarball).digest('hex'),
          integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
          tarball: `${url}/${pkg.name}/-/${filename}`,
        },
      },
    },
    _attachments: {
      [filename]: {
        content_type: 'application/octet-stream',
        data: tarball.toString('base64'),
        length: tarball.length,
      },
    },
  };
  const response = await fetch(`${url}/${pkg.name.replace('/', '%2f')}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(
      `publish ${pkg.name}@${pkg.version} failed: ${response.status} ${await response.text()}`,
    );
}

function prefix(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [`package/${name}`, text]));
}

/** A minimal ustar archive: regular files only, which is all a fixture package needs. */
function tar(files: Record<string, string>): Buffer {
  const blocks: Buffer[] = [];
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const header = Buffer.alloc(512);
    header.write(name, 0, 100);
    header.write('0000644\0', 100);
    header.write('0000000\0', 108);
    header.write('0000000\0', 116);
    header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    header.write(`${'0'.padStart(11, '0')}\0`, 136);
    header.write('        ', 148);
    header.write('0', 156);
    header.write('ustar\0', 257);
    header.write('00', 263);
    let sum = 0;
    for (const byte of header) sum += byte;
    header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(header, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}
