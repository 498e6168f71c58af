// A minimal browser for the staff pages in tests: keeps cookies, submits forms with their CSRF token.
import type { Hono } from 'hono';

export class StaffClient {
  readonly cookies = new Map<string, string>();
  /** the CSRF token of the last page that had one */
  csrf = '';
  /** sent with every request, e.g. X-Forwarded-For to play a client at another address */
  headers: Record<string, string> = {};

  constructor(
    private readonly app: Hono,
    private readonly host = 'localhost:8080',
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [k, v] of Object.entries(this.headers)) headers.set(k, v);
    headers.set('host', this.host);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await this.app.request(`http://${this.host}${path}`, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  async page(path: string): Promise<{ res: Response; text: string }> {
    const res = await this.request(path);
    const text = await res.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(text);
    if (token) this.csrf = token[1]!;
    return { res, text };
  }

  post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ _csrf: this.csrf, ...form }).toString(),
    });
  }

  async login(name: string, password: string): Promise<Response> {
    await this.page('/staff/login');
    return this.post('/staff/login', { name, password });
  }
}
