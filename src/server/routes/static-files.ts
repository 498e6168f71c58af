// The built app read into memory once at start, each text file compressed once: a rebuild while the
// server runs cannot delete the files the served pages point to, and no request pays for compression.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
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
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
  };
}

/** URL path ("/assets/x.js") → file. A missing folder gives an empty map: the server still answers the API. */
export function loadStaticFiles(root: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!existsSync(root)) return files;
  for (const path of listFiles(root)) files.set('/' + relative(root, path).split(sep).join('/'), readOne(path));
  return files;
}

/** The best encoding the client accepts that we hold, by the Accept-Encoding header. */
export function pickEncoding(file: StaticFile, accept: string | undefined): 'br' | 'gzip' | undefined {
  const offered = (accept ?? '').toLowerCase();
  const allows = (name: string) => new RegExp(`(^|[,\\s])${name}(?!;\\s*q=0(\\.0+)?(\\s|,|$))`).test(offered);
  if (file.br && allows('br')) return 'br';
  if (file.gzip && allows('gzip')) return 'gzip';
  return undefined;
}
