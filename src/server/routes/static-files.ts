// The built app read into memory once at start, each text file compressed once: a rebuild while the
// server runs cannot delete the files the served pages point to, and no request pays for compression.
// Brotli (about 1.5 s for the whole app) runs off the main thread after start; gzip is served until it is ready.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzipSync } from 'node:zlib';
import { getMimeType } from 'hono/utils/mime';

export interface StaticFile {
  type: string;
  etag: string;
  raw: Buffer;
  gzip?: Buffer;
  br?: Buffer;
}

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg)/;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

function readOne(path: string): StaticFile {
  const raw = readFileSync(path);
  const type = getMimeType(path) ?? 'application/octet-stream';
  const etag = `"${createHash('sha256').update(raw).digest('base64url').slice(0, 22)}"`;
  if (!COMPRESSIBLE.test(type) || raw.length < 256) return { type, etag, raw };
  return {
    type,
    etag,
    raw,
    gzip: gzipSync(raw, { level: 9 }),
  };
}

const brotli = promisify(brotliCompress);

async function addBrotli(file: StaticFile): Promise<void> {
  file.br = await brotli(file.raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: file.raw.length },
  });
}

export interface StaticFiles {
  /** URL path ("/assets/x.js") → file. A missing folder gives an empty map: the server still answers the API. */
  files: Map<string, StaticFile>;
  /** Resolves once every compressible file has its brotli copy too. */
  compressed: Promise<void>;
}

export function loadStaticFiles(root: string): StaticFiles {
  const files = new Map<string, StaticFile>();
  if (!existsSync(root)) return { files, compressed: Promise.resolve() };
  for (const path of listFiles(root)) files.set('/' + relative(root, path).split(sep).join('/'), readOne(path));
  const compressed = Promise.all([...files.values()].filter((f) => f.gzip).map(addBrotli)).then(() => undefined);
  return { files, compressed };
}

/** The best encoding the client accepts that we hold, by the Accept-Encoding header. */
export function pickEncoding(file: StaticFile, accept: string | undefined): 'br' | 'gzip' | undefined {
  const offered = (accept ?? '').toLowerCase();
  const allows = (name: string) => new RegExp(`(^|[,\\s])${name}(?!;\\s*q=0(\\.0+)?(\\s|,|$))`).test(offered);
  if (file.br && allows('br')) return 'br';
  if (file.gzip && allows('gzip')) return 'gzip';
  return undefined;
}
