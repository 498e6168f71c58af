import { makeQrMatrix, qrPathData } from './qr-code';

const QUIET = 4;

/** A QR code as one SVG path, always dark on white (scanners need that, even in dark mode). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const matrix = makeQrMatrix(text);
  const side = matrix.length + QUIET * 2;
  return (
    <svg class="qr-code" role="img" aria-label={label} viewBox={`0 0 ${side} ${side}`} shape-rendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      <path d={qrPathData(matrix, QUIET)} fill="#000" />
    </svg>
  );
}
