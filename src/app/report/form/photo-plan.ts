// How a photo is made small enough to send: pure decisions, tried by photo-resize.ts on a canvas.
// Always re-encoded as JPEG, which also drops the camera's hidden details (such as where it was taken).
export const PHOTO_PLAN = {
  maxEdge: 1600,
  qualities: [0.82, 0.7, 0.6] as readonly number[],
  /** never shrink a side below this: the team must still see the problem */
  minEdge: 320,
  maxTries: 10,
} as const;

export interface ResizeStep {
  width: number;
  height: number;
  quality: number;
}

/** Fits the picture inside maxEdge, keeping its shape, at the best quality. */
export function firstStep(width: number, height: number): ResizeStep {
  const scale = Math.min(1, PHOTO_PLAN.maxEdge / Math.max(width, height, 1));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
    quality: PHOTO_PLAN.qualities[0]!,
  };
}

/**
 * After encoding with `step` gave `bytes`: done, the next thing to try, or give up.
 * Lower the quality first (cheap, keeps detail); then shrink by the square root of how far over we are.
 */
export function nextStep(step: ResizeStep, bytes: number, limit: number): ResizeStep | 'done' | 'give-up' {
  if (bytes <= limit) return 'done';
  const q = PHOTO_PLAN.qualities.indexOf(step.quality);
  if (q >= 0 && q < PHOTO_PLAN.qualities.length - 1) return { ...step, quality: PHOTO_PLAN.qualities[q + 1]! };
  // JPEG size grows roughly with the number of pixels; aim a little under, and always shrink by at least 10%.
  const scale = Math.min(0.9, Math.sqrt(limit / bytes) * 0.92);
  const width = Math.round(step.width * scale);
  const height = Math.round(step.height * scale);
  const shortSide = Math.min(step.width, step.height);
  if (Math.min(width, height) < PHOTO_PLAN.minEdge) {
    if (shortSide <= PHOTO_PLAN.minEdge) return 'give-up';
    const floor = PHOTO_PLAN.minEdge / shortSide;
    return { ...step, width: Math.round(step.width * floor), height: Math.round(step.height * floor) };
  }
  return { ...step, width, height };
}
