// preact-iso's LocationProvider reads `location`; on the server each render gets one for its URL at the server's public origin.
export function stubLocation(url: string, origin: string): void {
  const u = new URL(url, origin);
  const stub = { href: u.href, origin: u.origin, protocol: u.protocol, host: u.host, hostname: u.hostname, port: u.port };
  Object.assign(stub, { pathname: u.pathname, search: u.search, hash: '', toString: () => u.href });
  (globalThis as { location?: unknown }).location = stub;
}
