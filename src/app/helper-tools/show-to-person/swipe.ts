// Which way a swipe or an arrow key moves through points. "Next" follows the reading direction.
export type Step = 'next' | 'back';

/** A mostly sideways drag of at least minDistance px; in right-to-left text, dragging rightwards is "next". */
export function readSwipe(dx: number, dy: number, dir: 'ltr' | 'rtl', minDistance = 48): Step | null {
  if (Math.abs(dx) < minDistance || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  const leftwards = dx < 0;
  return leftwards === (dir === 'ltr') ? 'next' : 'back';
}

export function readArrowKey(key: string, dir: 'ltr' | 'rtl'): Step | null {
  if (key === 'ArrowRight') return dir === 'ltr' ? 'next' : 'back';
  if (key === 'ArrowLeft') return dir === 'ltr' ? 'back' : 'next';
  return null;
}

export function moveIndex(index: number, step: Step, count: number): number {
  return Math.min(Math.max(index + (step === 'next' ? 1 : -1), 0), Math.max(count - 1, 0));
}
