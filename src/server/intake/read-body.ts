// Reads a request body as UTF-8 JSON with a byte limit and a deadline, refusing early on Content-Length.
export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 408 | 413; code: 'too_large' | 'timeout' | 'invalid_encoding' | 'invalid_json' | 'empty' };

const decoder = new TextDecoder('utf-8', { fatal: true });

async function readLimited(body: ReadableStream<Uint8Array>, limit: number, timeoutMs: number): Promise<Uint8Array | 'too_large' | 'timeout'> {
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
      if (next.done) break;
      size += next.value.byteLength;
      if (size > limit) return 'too_large';
      chunks.push(next.value);
    }
  } finally {
    clearTimeout(timer);
    reader.cancel().catch(() => undefined);
  }
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    all.set(c, offset);
    offset += c.byteLength;
  }
  return all;
}

export async function readJsonBody(request: Request, limit: number, timeoutMs: number): Promise<BodyResult> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) return { ok: false, status: 413, code: 'too_large' };
  if (!request.body) return { ok: false, status: 400, code: 'empty' };
  const bytes = await readLimited(request.body, limit, timeoutMs);
  if (bytes === 'too_large') return { ok: false, status: 413, code: 'too_large' };
  if (bytes === 'timeout') return { ok: false, status: 408, code: 'timeout' };
  let text: string;
  try {
    text = decoder.decode(bytes);
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
