// Ticked walkthrough steps, kept on this phone only: step ids, never a name. Storage may throw or hold junk.
import { readStored, STORED_KEYS, writeStored } from '../../storage/local-store';
import { WALKTHROUGH_STEPS } from './walkthrough-steps';

const KNOWN = new Set(WALKTHROUGH_STEPS.map((s) => s.id));

/** Keeps only known step ids, once each, in walkthrough order; anything else reads as "nothing ticked". */
export function parseTicks(raw: string | null): string[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  const ticked = new Set(value.filter((v): v is string => typeof v === 'string' && KNOWN.has(v)));
  return WALKTHROUGH_STEPS.map((s) => s.id).filter((id) => ticked.has(id));
}

export function toggleTick(ticks: readonly string[], id: string): string[] {
  const next = new Set(ticks);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return parseTicks(JSON.stringify([...next]));
}

export function readTicks(): string[] {
  return parseTicks(readStored(STORED_KEYS.walkthrough));
}

// Best effort: if the phone will not keep them, ticks last only as long as the page is open.
export function writeTicks(ticks: readonly string[]): void {
  writeStored(STORED_KEYS.walkthrough, ticks.length === 0 ? null : JSON.stringify(ticks));
}
