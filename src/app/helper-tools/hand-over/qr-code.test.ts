import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { makeHandOverUrl } from './hand-over-url';
import { makeQrMatrix, qrPathData, type QrMatrix } from './qr-code';

// Paints the matrix as a camera would see it (scale px per module, quiet zone of 4) and lets jsQR read it.
function decode(matrix: QrMatrix, scale = 4): string | undefined {
  const side = (matrix.length + 8) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + 4) * scale + dy) * side + (x + 4) * scale + dx) * 4;
          pixels.fill(0, i, i + 3);
        }
      }
    }),
  );
  return jsQR(pixels, side, side)?.data;
}

describe('QR hand-over', () => {
  it('makes a code that a scanner reads back as the page address in the person’s language and area', () => {
    const url = makeHandOverUrl('https://waymark.example', 'prs', 'sefton', 'gp');
    expect(url).toBe('https://waymark.example/prs/sefton/gp');
    expect(decode(makeQrMatrix(url))).toBe(url);
  });

  it('points at the area home when there is no topic', () => {
    const url = makeHandOverUrl('http://localhost:4173', 'ti', 'stockton');
    expect(url).toBe('http://localhost:4173/ti/stockton/');
    expect(decode(makeQrMatrix(url))).toBe(url);
  });

  it('draws exactly the dark modules as rectangles inside the quiet zone', () => {
    const matrix = [
      [true, true, false],
      [false, true, false],
      [true, false, true],
    ];
    expect(qrPathData(matrix, 4)).toBe('M4 4h2v1h-2zM5 5h1v1h-1zM4 6h1v1h-1zM6 6h1v1h-1z');
  });
});
