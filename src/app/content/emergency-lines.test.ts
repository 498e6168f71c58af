// 999 and the gas line are drawn from code (before any pack is on the phone); the national pack's copies, which other
// pages cite, must say the same, so an edit to one without the other fails here.
import { describe, expect, it } from 'vitest';
import { EMERGENCY, GAS_EMERGENCY, GAS_SAFETY } from './emergency-lines';
import { seedNational } from './seed-packs';

describe('the emergency lines in code and in the national pack', () => {
  it.each([
    ['emergency', EMERGENCY],
    ['gas-emergency', GAS_EMERGENCY],
    ['gas-safety', GAS_SAFETY],
  ] as const)('%s is the same fact in both', (id, fact) => {
    const { id: _, checkedBy, status, ...inPack } = seedNational().facts.find((f) => f.id === id)!;
    expect(checkedBy).toBeTruthy();
    expect(status).toBe('verified');
    expect(inPack).toEqual(JSON.parse(JSON.stringify(fact)));
  });
});
