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
  it('refuses settings that make no sense instead of guessing', () => {
    expect(() => readConfig({ RETENTION_DAYS: 'ninety' })).toThrow(/RETENTION_DAYS/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/postgres/);
  });
});
