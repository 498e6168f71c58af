// Reads the environment into one typed configuration; every setting has a safe default for the quick start.
export interface ServerConfig {
  port: number;
  host: string;
  staticDir: string;
  dataDir: string;
  databaseUrl?: string;
  poolSize: number;
  retentionDays: number;
  rateLimitPerMinute: number;
  rateLimitBurst: number;
  areaRateLimitPerMinute: number;
  areaRateLimitBurst: number;
  trustProxy: boolean;
  /** the embedded database stops taking writes below this much free disk */
  minFreeDiskMb: number;
  /** where people reach this server (scheme, host, port): drawn pages and the leaflet's QR code name it, never a request's Host */
  publicOrigin: string;
}

function positiveInteger(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  return n;
}

/** An http(s) origin and nothing more (no path, query or user), written as the URL standard writes it. */
function origin(env: Record<string, string | undefined>, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!url || !/^https?:$/.test(url.protocol) || url.href !== `${url.origin}/`)
    throw new Error(`${name} must be an http:// or https:// origin such as https://waymark.example, not "${raw}"`);
  return url.origin;
}

export function readConfig(env: Record<string, string | undefined>): ServerConfig {
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error('DATABASE_URL must start with postgres://');
  const port = positiveInteger(env, 'PORT', 8080);
  const host = env.HOST || '127.0.0.1';
  return {
    port,
    host,
    staticDir: env.STATIC_DIR || 'dist',
    dataDir: env.DATA_DIR || 'data',
    databaseUrl,
    poolSize: positiveInteger(env, 'DATABASE_POOL_SIZE', 16),
    retentionDays: positiveInteger(env, 'RETENTION_DAYS', 90),
    rateLimitPerMinute: positiveInteger(env, 'RATE_LIMIT_PER_MINUTE', 60),
    rateLimitBurst: positiveInteger(env, 'RATE_LIMIT_BURST', 60),
    areaRateLimitPerMinute: positiveInteger(env, 'AREA_RATE_LIMIT_PER_MINUTE', 600),
    areaRateLimitBurst: positiveInteger(env, 'AREA_RATE_LIMIT_BURST', 300),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    minFreeDiskMb: positiveInteger(env, 'MIN_FREE_DISK_MB', 64),
    publicOrigin: origin(env, 'PUBLIC_ORIGIN', `http://${host.includes(':') ? `[${host}]` : host}:${port}`),
  };
}
