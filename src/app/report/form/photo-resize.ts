// Makes a chosen photo small enough to send (≤ LIMITS.photoBytes), on the phone, following photo-plan.ts.
import { LIMITS } from '../../../shared/report';
import type { PhotoValue } from './form-values';
import { firstStep, nextStep, PHOTO_PLAN, type ResizeStep } from './photo-plan';

async function encode(bitmap: ImageBitmap, step: ResizeStep): Promise<Blob> {
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(step.width, step.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0, step.width, step.height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality: step.quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = step.width;
  canvas.height = step.height;
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, step.width, step.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode failed'))), 'image/jpeg', step.quality),
  );
}

function toBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export async function resizePhoto(file: Blob, limit: number = LIMITS.photoBytes): Promise<PhotoValue> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    let step = firstStep(bitmap.width, bitmap.height);
    for (let i = 0; i < PHOTO_PLAN.maxTries; i++) {
      const blob = await encode(bitmap, step);
      const next = nextStep(step, blob.size, limit);
      if (next === 'done') return { type: 'image/jpeg', data: await toBase64(blob) };
      if (next === 'give-up') break;
      step = next;
    }
    throw new Error('photo too large');
  } finally {
    bitmap.close();
  }
}
