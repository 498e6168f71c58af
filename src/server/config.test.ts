import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('readConfig', () => {
  it('starts with nothing set: port 8080 on loopback, embedded database in ./data, 90-day retention', () => {
    expect(readConfig({})).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      staticDir: 'dist',
      dataDir: 'data',
      databaseUrl: undefined,
      retentionDays: 90,
    });
  });
  it('switches to PostgreSQL with DATABASE_URL', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://u@db/waymark' }).databaseUrl).toBe('postgres://u@db/waymark');
  });
  it('names the server by its own HOST and PORT until PUBLIC_ORIGIN says where people reach it', () => {
    expect(readConfig({}).publicOrigin).toBe('http://127.0.0.1:8080');
    expect(readConfig({ HOST: '0.0.0.0', PORT: '4173' }).publicOrigin).toBe('http://0.0.0.0:4173');
    expect(readConfig({ HOST: '::1', PORT: '4173' }).publicOrigin).toBe('http://[::1]:4173');
    expect(readConfig({ PUBLIC_ORIGIN: 'https://waymark.example' }).publicOrigin).toBe('https://waymark.example');
    // Written as the URL standard writes an origin: lower case, no default port, no trailing slash.
    expect(readConfig({ PUBLIC_ORIGIN: 'HTTPS://Waymark.Example:443/' }).publicOrigin).toBe('https://waymark.example');
    expect(readConfig({ PUBLIC_ORIGIN: 'http://localhost:4173' }).publicOrigin).toBe('http://localhost:4173');
  });
  it('refuses a PUBLIC_ORIGIN that is not just an http(s) origin', () => {
    for (const bad of [
      'waymark.example',
      'ftp://waymark.example',
      'https://waymark.example/en/',
      'https://waymark.example?x=1',
      'https://user@waymark.example',
      'javascript:alert(1)',
    ])
      expect(() => readConfig({ PUBLIC_ORIGIN: bad }), bad).toThrow(/PUBLIC_ORIGIN must be an http:\/\/ or https:\/\/ origin/);
  });
  it('refuses settings that make no sense instead of guessing', () => {
    expect(() => readConfig({ RETENTION_DAYS: 'ninety' })).toThrow(/RETENTION_DAYS/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
  });
});
