// preact-iso's LocationProvider reads `location`; on the server each render gets one for its URL.
export function stubLocation(url: string): void {
  const u = new URL(url, 'http://localhost');
  const stub = { href: u.href, origin: u.origin, protocol: u.protocol, host: u.host, hostname: u.hostname, port: u.port };
  Object.assign(stub, { pathname: u.pathname, search: u.search, hash: '', toString: () => u.href });
  (globalThis as { location?: unknown }).location = stub;
}
