// The page renderer is built beside the server (dist-server/render.js) from app code, so it is loaded by path, not imported.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PageRenderer, PrepareOptions } from '../shared/page-render';

// Imported on the first page asked for, not at start: a busy machine starts answering the intake API sooner.
export function loadRenderer(options: PrepareOptions = {}, url = new URL('./render.js', import.meta.url)): PageRenderer | undefined {
  if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return undefined;
  let loaded: Promise<PageRenderer> | undefined;
  const load = () =>
    (loaded ??= import(/* @vite-ignore */ url.href).then((mod: { renderer: PageRenderer }) =>
      mod.renderer.prepare(options).then(() => mod.renderer),
    ));
  return { prepare: () => load().then(() => undefined), renderPage: async (path, areaPack) => (await load()).renderPage(path, areaPack) };
}
