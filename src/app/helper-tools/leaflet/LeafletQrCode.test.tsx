import { hydrate, render } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeQrMatrix, qrPathData } from '../hand-over/qr-code';
import { LeafletQrCode } from './LeafletQrCode';

// The encoder is here only when a test says so (on the "server", or once it has "arrived"); every wish for it is recorded.
const encoder = vi.hoisted(() => ({ here: false, wanted: [] as boolean[] }));
vi.mock('../hand-over/use-qr-code', async () => {
  const { QrCode } = await import('../hand-over/QrCode');
  return {
    useQrCode: (wanted: boolean) => {
      encoder.wanted.push(wanted);
      return encoder.here ? QrCode : null;
    },
  };
});

const own = `${location.origin}/en/sefton/`;

/** The page as the server sends it: the code drawn for `text`, before any script runs. */
function serverPage(text: string): HTMLElement {
  encoder.here = true;
  const html = renderToString(<LeafletQrCode url={text} />);
  encoder.here = false;
  encoder.wanted.length = 0;
  // #app as the server sends it: it names the page's strings, and <html> is not yet marked live.
  const app = document.createElement('div');
  app.id = 'app';
  app.dataset.ns = 'common';
  app.innerHTML = html;
  document.body.append(app);
  return app;
}

const pathOf = (text: string) => qrPathData(makeQrMatrix(text), 4);

describe('the leaflet’s QR code', () => {
  afterEach(() => {
    document.body.replaceChildren();
    encoder.here = false;
    encoder.wanted.length = 0;
  });

  it('is drawn by the server, marked with the address it encodes', () => {
    const app = serverPage('https://waymark.example/ar/sefton/');
    const code = app.querySelector<HTMLElement>('.leaflet-qr-code')!;
    expect(code.dataset.text).toBe('https://waymark.example/ar/sefton/');
    expect(code.querySelector('svg')?.getAttribute('aria-label')).toBe('https://waymark.example/ar/sefton/');
    expect(code.querySelector('path')?.getAttribute('d')).toBe(pathOf('https://waymark.example/ar/sefton/'));
  });

  it('keeps the server’s code for this phone’s own address and never asks for the encoder', () => {
    const app = serverPage(own);
    const svg = app.querySelector('svg')!;
    const drawn = app.innerHTML;
    hydrate(<LeafletQrCode url={own} />, app);
    render(<LeafletQrCode url={own} />, app);
    expect(app.querySelector('svg')).toBe(svg);
    expect(app.innerHTML).toBe(drawn);
    expect(encoder.wanted.length).toBeGreaterThan(0);
    expect(encoder.wanted.every((wanted) => !wanted)).toBe(true);
  });

  it('redraws a code the server made for another origin (a proxy in front) once the encoder arrives, with no gap before', () => {
    const app = serverPage('http://127.0.0.1:8080/en/sefton/');
    hydrate(<LeafletQrCode url={own} />, app);
    expect(encoder.wanted).toContain(true);
    // Until then the server's code holds the place: nothing moves.
    expect(app.querySelector('path')?.getAttribute('d')).toBe(pathOf('http://127.0.0.1:8080/en/sefton/'));
    encoder.here = true;
    render(<LeafletQrCode url={own} />, app);
    const code = app.querySelector<HTMLElement>('.leaflet-qr-code')!;
    expect(code.dataset.text).toBe(own);
    expect(code.querySelector('svg')?.getAttribute('aria-label')).toBe(own);
    expect(code.querySelector('path')?.getAttribute('d')).toBe(pathOf(own));
    expect(app.querySelectorAll('svg')).toHaveLength(1);
  });

  it('draws the code on the phone after a client-side route, where the server drew none', () => {
    const app = document.body.appendChild(document.createElement('div'));
    render(<LeafletQrCode url={own} />, app);
    expect(encoder.wanted).toContain(true);
    expect(app.querySelector('.qr-code')?.getAttribute('aria-hidden')).toBe('true');
    expect(app.querySelector('[data-text]')).toBeNull();
    encoder.here = true;
    render(<LeafletQrCode url={own} />, app);
    expect(app.querySelector<HTMLElement>('.leaflet-qr-code')?.dataset.text).toBe(own);
    expect(app.querySelector('path')?.getAttribute('d')).toBe(pathOf(own));
  });
});
