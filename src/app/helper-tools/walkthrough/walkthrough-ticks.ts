// Ticked walkthrough steps, kept on this phone only: step ids, never a name. Storage may throw or hold junk.
import { WALKTHROUGH_STEPS } from './walkthrough-steps';

const KEY = 'waymark.walkthrough';
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
  try {
    return parseTicks(globalThis.localStorage?.getItem(KEY) ?? null);
  } catch {
    return [];
  }
}

export function writeTicks(ticks: readonly string[]): void {
  try {
    if (ticks.length === 0) globalThis.localStorage?.removeItem(KEY);
    else globalThis.localStorage?.setItem(KEY, JSON.stringify(ticks));
  } catch {
    // Best effort: ticks then last only as long as the page is open.
  }
}
