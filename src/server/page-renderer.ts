// The page renderer is built beside the server (dist-server/render.js) from app code, so it is loaded by path, not imported.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PageRenderer } from '../shared/page-render';

export async function loadRenderer(url = new URL('./render.js', import.meta.url)): Promise<PageRenderer | undefined> {
  if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return undefined;
  const mod = (await import(/* @vite-ignore */ url.href)) as { renderer?: PageRenderer };
  return mod.renderer;
}
