// QR codes drawn on the phone itself (no network): a module matrix from uqr, turned into one SVG path.
import { encode } from 'uqr';

/** Rows of modules, true = dark, without the quiet zone. */
export type QrMatrix = readonly (readonly boolean[])[];

/** Medium error correction: still scans from a scratched screen or a creased print. */
export function makeQrMatrix(text: string): QrMatrix {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/** One path for every dark module, each horizontal run a single rectangle, offset by the quiet zone. */
export function qrPathData(matrix: QrMatrix, quiet = 4): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start + quiet} ${y + quiet}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
