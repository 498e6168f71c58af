import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/report';
import { firstStep, nextStep, PHOTO_PLAN, type ResizeStep } from './photo-plan';

const limit = LIMITS.photoBytes;

/** A stand-in JPEG encoder: bytes grow with pixels and quality. */
function fakeBytes(s: ResizeStep, bytesPerPixel: number): number {
  return Math.round(s.width * s.height * bytesPerPixel * (s.quality / 0.82));
}

function run(width: number, height: number, bytesPerPixel: number) {
  let step = firstStep(width, height);
  const tried: ResizeStep[] = [step];
  for (let i = 0; i < PHOTO_PLAN.maxTries; i++) {
    const next = nextStep(step, fakeBytes(step, bytesPerPixel), limit);
    if (next === 'done') return { outcome: 'done' as const, step, bytes: fakeBytes(step, bytesPerPixel), tried };
    if (next === 'give-up') return { outcome: 'give-up' as const, step, tried };
    step = next;
    tried.push(step);
  }
  return { outcome: 'too-many' as const, step, tried };
}

describe('photo resizing decisions', () => {
  it('fits a 12-megapixel phone photo inside 1600 px, keeping its shape', () => {
    expect(firstStep(4000, 3000)).toEqual({ width: 1600, height: 1200, quality: 0.82 });
    expect(firstStep(3000, 4000)).toEqual({ width: 1200, height: 1600, quality: 0.82 });
  });

  it('never enlarges a small picture', () => {
    expect(firstStep(640, 480)).toEqual({ width: 640, height: 480, quality: 0.82 });
  });

  it('keeps a picture that is already small enough', () => {
    expect(nextStep({ width: 800, height: 600, quality: 0.82 }, limit, limit)).toBe('done');
  });

  it('lowers quality before it shrinks the picture', () => {
    expect(nextStep({ width: 1600, height: 1200, quality: 0.82 }, limit + 1, limit)).toEqual({ width: 1600, height: 1200, quality: 0.7 });
    const shrunk = nextStep({ width: 1600, height: 1200, quality: 0.6 }, limit * 2, limit);
    expect(shrunk).toMatchObject({ quality: 0.6 });
    expect((shrunk as ResizeStep).width).toBeLessThan(1600);
  });

  it('ends at or under 300 KB for a detailed photo, within a few tries', () => {
    const result = run(4032, 3024, 0.6);
    expect(result.outcome).toBe('done');
    expect(result.bytes).toBeLessThanOrEqual(limit);
    expect(result.tried.length).toBeLessThanOrEqual(6);
  });

  it('does not shrink a side below 320 px, and gives up rather than send a useless picture', () => {
    const result = run(4000, 3000, 50);
    expect(result.outcome).toBe('give-up');
    expect(Math.min(result.step.width, result.step.height)).toBe(PHOTO_PLAN.minEdge);
  });
});
