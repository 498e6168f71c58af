// Who is asking and from where: the client address for rate limits, the host for same-origin checks.
// Forwarded headers are believed only when the operator says a proxy sets them (TRUST_PROXY).
import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';

export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    // The last hop was added by our own proxy; earlier ones are whatever the client claimed.
    const forwarded = c.req.header('x-forwarded-for')?.split(',').pop()?.trim();
    if (forwarded) return clientGroup(forwarded);
  }
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return clientGroup(incoming?.socket?.remoteAddress ?? 'local');
}

/** One client for limits: an IPv4 address, or an IPv6 /64 (one home or phone gets a whole /64). */
export function clientGroup(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const full = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${full
    .slice(0, 4)
    .map((h) => h.replace(/^0+(?=.)/, '') || '0')
    .join(':')}::/64`;
}

export function requestHost(c: Context, trustProxy: boolean): string {
  const forwarded = trustProxy ? c.req.header('x-forwarded-host') : undefined;
  return (forwarded ?? c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
}

export function isHttps(c: Context, trustProxy: boolean): boolean {
  return new URL(c.req.url).protocol === 'https:' || (trustProxy && c.req.header('x-forwarded-proto') === 'https');
}

/**
 * A browser says where a request came from; anything but this site is refused, requests without a
 * browser pass. Sec-Fetch-Site decides when present: under Referrer-Policy no-referrer, Chromium sends
 * "Origin: null" even for this site's own forms.
 */
export function isSameOrigin(c: Context, trustProxy: boolean): boolean {
  const site = c.req.header('sec-fetch-site');
  if (site) return site === 'same-origin' || site === 'none';
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  try {
    return new URL(origin).host.toLowerCase() === requestHost(c, trustProxy);
  } catch {
    return false;
  }
}
