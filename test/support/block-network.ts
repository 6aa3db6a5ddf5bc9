import net from 'node:net';

/**
 * Tests talk to loopback only: a connection anywhere else fails the test at once instead of
 * timing out (or, worse, reaching a real service).
 */
const originalConnect = net.Socket.prototype.connect;
function isLoopback(host: string | undefined): boolean {
  if (!host) return true; // a unix socket path or the default host
  return (
    host === 'localhost' ||
    host === '::1' ||
    host.startsWith('127.') ||
    host === '0.0.0.0' ||
    host === '::ffff:127.0.0.1'
  );
}

net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
  const first = args[0] as { host?: string; path?: string } | number | string;
  let host: string | undefined;
  if (typeof first === 'object' && first !== null && !Array.isArray(first))
    host = first.path ? undefined : first.host;
  else if (typeof first === 'number')
    host = typeof args[1] === 'string' ? (args[1] as string) : undefined;
  if (!isLoopback(host)) {
    throw new Error(
      `network blocked in tests: connection to ${host} refused (only loopback is allowed)`,
    );
  }
  return (originalConnect as (...a: unknown[]) => net.Socket).apply(this, args);
} as typeof net.Socket.prototype.connect;
