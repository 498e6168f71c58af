// public/load.js written into every rendered page (one request fewer before the first paint), allowed by the CSP through its hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface InlineScript {
  /** the script's text, exactly as it goes between <script> and </script> */
  source: string;
  /** its CSP source, 'sha256-…' */
  hash: string;
}

export function inlineScriptOf(text: string): InlineScript | undefined {
  const source = text.trim();
  // Text that could close the element is never inlined; the page then links the file.
  if (!source || /<\/script|<!--/i.test(source)) return undefined;
  return { source, hash: `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'` };
}

/** Read once at server start from the built app; undefined when the build has no load.js. */
export function readInlineLoader(staticDir: string): InlineScript | undefined {
  try {
    return inlineScriptOf(readFileSync(join(staticDir, 'load.js'), 'utf8'));
  } catch {
    return undefined;
  }
}
