import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, isSameOrigin } from './request-info';

const app = new Hono();
app.all('/', (c) => c.json({ same: isSameOrigin(c, false), client: clientAddress(c, true) }));
const ask = async (headers: Record<string, string>) =>
  (await (await app.request('http://waymark.example/', { method: 'POST', headers: { host: 'waymark.example', ...headers } })).json()) as {
    same: boolean;
    client: string;
  };

describe('isSameOrigin', () => {
  it('accepts the page’s own form, which Chromium sends with Origin: null under no-referrer', async () => {
    expect((await ask({ origin: 'null', 'sec-fetch-site': 'same-origin' })).same).toBe(true);
  });
  it('refuses another site however it is dressed', async () => {
    expect((await ask({ origin: 'http://waymark.example', 'sec-fetch-site': 'cross-site' })).same).toBe(false);
    expect((await ask({ 'sec-fetch-site': 'same-site' })).same).toBe(false);
    expect((await ask({ origin: 'https://waymark.example.evil.test' })).same).toBe(false);
    expect((await ask({ origin: 'null' })).same).toBe(false);
  });
  it('lets through clients that are not browsers and send no Origin', async () => {
    expect((await ask({})).same).toBe(true);
  });
});

describe('clientAddress groups IPv6 clients by /64', () => {
  it('gives every address of one /64 the same client, and another /64 another', async () => {
    const a = (await ask({ 'x-forwarded-for': '2001:db8:1:2:aaaa::1' })).client;
    expect(a).toBe('2001:db8:1:2::/64');
    expect((await ask({ 'x-forwarded-for': '2001:0db8:0001:0002:ffff:1:2:3' })).client).toBe(a);
    expect((await ask({ 'x-forwarded-for': '2001:db8:1:3::1' })).client).not.toBe(a);
    expect((await ask({ 'x-forwarded-for': '::ffff:203.0.113.9' })).client).toBe('203.0.113.9');
    expect((await ask({ 'x-forwarded-for': '::1' })).client).toBe('0:0:0:0::/64');
  });
});

describe('clientAddress behind a trusted proxy', () => {
  it('takes the address the proxy added last, not what the client claimed', async () => {
    expect((await ask({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' })).client).toBe('203.0.113.9');
  });
});
