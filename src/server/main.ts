// Entry point: read the environment, start listening. The only file with side effects at import.
import { serve } from '@hono/node-server';
import { createApp } from './app';

const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const staticDir = process.env.STATIC_DIR ?? 'dist';

const app = createApp({ staticDir });
const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  console.log(`Waymark listening on http://${host === '127.0.0.1' ? 'localhost' : host}:${info.port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
