// Reads a request body as UTF-8 JSON with a byte limit, refusing early on Content-Length. A body may take
// long on a weak 2G link as long as it keeps arriving: the timeout is on silence, with a cap on the whole.
// Under Node it reads the socket stream directly: a web ReadableStream per request costs real throughput.
import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 408 | 413; code: 'too_large' | 'timeout' | 'invalid_encoding' | 'invalid_json' | 'empty' };

type Raw = Uint8Array | 'too_large' | 'timeout' | 'aborted';

const decoder = new TextDecoder('utf-8', { fatal: true });

export interface BodyTimeouts {
  /** the longest gap between two pieces of the body */
  idleMs: number;
  /** the longest the whole body may take */
  totalMs: number;
}

/** Resolves 'timeout' after `idleMs` without a touch(), or after `totalMs` whatever happens. */
function deadline(timeouts: BodyTimeouts, onTimeout: () => void) {
  let idle = setTimeout(onTimeout, timeouts.idleMs);
  const total = setTimeout(onTimeout, timeouts.totalMs);
  return {
    touch() {
      clearTimeout(idle);
      idle = setTimeout(onTimeout, timeouts.idleMs);
    },
    stop() {
      clearTimeout(idle);
      clearTimeout(total);
    },
  };
}

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

function readIncoming(incoming: IncomingMessage, limit: number, timeouts: BodyTimeouts): Promise<Raw> {
  return new Promise((resolve) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const finish = (result: Raw) => {
      timer.stop();
      incoming.off('data', onData).off('end', onEnd).off('error', onAbort).off('aborted', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      timer.touch();
      size += chunk.byteLength;
      if (size > limit) finish('too_large');
      else chunks.push(chunk);
    };
    const onEnd = () => finish(join(chunks, size));
    const onAbort = () => finish('aborted');
    const timer = deadline(timeouts, () => finish('timeout'));
    incoming.on('data', onData).on('end', onEnd).on('error', onAbort).on('aborted', onAbort);
  });
}

async function readStream(body: ReadableStream<Uint8Array>, limit: number, timeouts: BodyTimeouts): Promise<Raw> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let expire: (value: 'timeout') => void = () => undefined;
  const expired = new Promise<'timeout'>((resolve) => (expire = resolve));
  const timer = deadline(timeouts, () => expire('timeout'));
  try {
    for (;;) {
      const next = await Promise.race([reader.read(), expired]);
      if (next === 'timeout') return 'timeout';
      timer.touch();
      if (next.done) return join(chunks, size);
      size += next.value.byteLength;
      if (size > limit) return 'too_large';
      chunks.push(next.value);
    }
  } catch {
    return 'aborted';
  } finally {
    timer.stop();
    reader.cancel().catch(() => undefined);
  }
}

/** `incoming` is Node's request when served by @hono/node-server; in-process tests have only the Request. */
export async function readJsonBody(
  request: Request,
  incoming: IncomingMessage | undefined,
  limit: number,
  timeouts: BodyTimeouts,
): Promise<BodyResult> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return { ok: false, status: 413, code: 'too_large' };
  const raw = incoming
    ? await readIncoming(incoming, limit, timeouts)
    : request.body
      ? await readStream(request.body, limit, timeouts)
      : new Uint8Array();
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
