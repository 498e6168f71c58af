// What the server-side renderer (src/app/ssr/render-page.tsx, bundled into dist-server/render.js) gives the server for one URL.
export interface RenderedPage {
  /** "shell": the page depends on this phone's saved choices (or redirects): send the app shell, with `redirect` for no-script readers */
  kind: 'page' | 'shell';
  status: 200 | 404;
  /** BCP 47 tag and direction for <html lang dir> */
  bcp47: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** inner HTML of #app */
  html: string;
  /** namespaces the page used in its language, to load before hydrating */
  namespaces: string[];
  /** those namespaces' strings, sent in the page so the phone hydrates without fetching a locale file */
  strings?: SentStrings;
  lang: string;
  /** the topic shown, if any */
  topic?: string;
  /** the lazy components the page drew, by name, each named for its file (GpPage → …/GpPage.tsx): their scripts and styles are linked */
  modules: string[];
  /** chunks whose styles (not scripts) the page needs: the topic bodies a helper tool drew, whose code comes later or never */
  styleModules?: string[];
  redirect?: string;
  /** says, in the page's language, which parts need JavaScript (shown in <noscript>) */
  noscript: string;
}

type Bundle = Record<string, unknown>;
export interface SentStrings {
  /** language → namespace → strings: the page's language */
  strings: Record<string, Record<string, Bundle>>;
  /** namespace → the English the page's language lacks (its per-key fallback); absent on an English page */
  fallback?: Record<string, Bundle>;
}

export interface PrepareOptions {
  /** where people reach the server (PUBLIC_ORIGIN): every page is drawn as if at this origin (its links, the leaflet's QR code) */
  origin?: string;
}

export interface PageRenderer {
  /** loads every language's strings and every page's code; call once before renderPage */
  prepare(options?: PrepareOptions): Promise<void>;
  /** one URL path with query, and the area's published pack as the server sends it (JSON); renders are serialised by the
   * caller (they share one translator and the loaded area content) */
  renderPage(url: string, areaPack?: string): Promise<RenderedPage>;
}
