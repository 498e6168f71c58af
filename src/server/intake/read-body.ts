// Reads a request body as UTF-8 JSON with a byte limit and a deadline, refusing early on Content-Length.
// Under Node it reads the socket stream directly: a web ReadableStream per request costs real throughput.
import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 408 | 413; code: 'too_large' | 'timeout' | 'invalid_encoding' | 'invalid_json' | 'empty' };

type Raw = Uint8Array | 'too_large' | 'timeout' | 'aborted';

const decoder = new TextDecoder('utf-8', { fatal: true });

function join(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return all;
}

function readIncoming(incoming: IncomingMessage, limit: number, timeoutMs: number): Promise<Raw> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const finish = (result: Raw) => {
      clearTimeout(timer);
      incoming.off('data', onData).off('end', onEnd).off('error', onAbort).off('aborted', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > limit) finish('too_large');
      else chunks.push(chunk);
    };
    const onEnd = () => finish(join(chunks, size));
    const onAbort = () => finish('aborted');
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    incoming.on('data', onData).on('end', onEnd).on('error', onAbort).on('aborted', onAbort);
  });
}

async function readStream(body: ReadableStream<Uint8Array>, limit: number, timeoutMs: number): Promise<Raw> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), deadline]);
      if (next === 'timeout') return 'timeout';
      if (next.done) return join(chunks, size);
      size += next.value.byteLength;
      if (size > limit) return 'too_large';
      chunks.push(next.value);
    }
  } catch {
    return 'aborted';
  } finally {
    clearTimeout(timer);
    reader.cancel().catch(() => undefined);
  }
}

/** `incoming` is Node's request when served by @hono/node-server; in-process tests have only the Request. */
export async function readJsonBody(request: Request, incoming: IncomingMessage | undefined, limit: number, timeoutMs: number): Promise<BodyResult> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return { ok: false, status: 413, code: 'too_large' };
  const raw = incoming ? await readIncoming(incoming, limit, timeoutMs) : request.body ? await readStream(request.body, limit, timeoutMs) : new Uint8Array();
  if (raw === 'too_large') return { ok: false, status: 413, code: 'too_large' };
  if (raw === 'timeout') return { ok: false, status: 408, code: 'timeout' };
  if (raw === 'aborted') return { ok: false, status: 400, code: 'empty' };
  let text: string;
  try {
    text = decoder.decode(raw);
  } catch {
    return { ok: false, status: 400, code: 'invalid_encoding' };
  }
  if (text.trim() === '') return { ok: false, status: 400, code: 'empty' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, code: 'invalid_json' };
  }
}
