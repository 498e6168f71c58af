// Turns a council's TypeScript bin rules into the pack's shape: every sourced item says who checked it and its status.
import type { AreaBinRules } from '../../src/app/content/bins/bin-rules';
import type { Fact, Sourced } from '../../src/app/content/fact';
import type { PackBins, PackFact } from '../../src/shared/pack-schema';

/** Who checked the seed facts: the team that read them against /work/shared/content/facts.md and the publishers' pages. */
export const SEED_CHECKER = 'Waymark content team';
/** The day the seed packs were made from the TypeScript modules. */
export const SEED_UPDATED = '2026-12-01';

type WithStatus<T> = T & { checkedBy: string; status: 'verified' | 'check' };

export function withStatus<T extends Sourced>(item: T): WithStatus<T> {
  return { ...item, checkedBy: SEED_CHECKER, status: item.caveat === 'check' ? 'check' : 'verified' };
}

export function packed(fact: Fact, id: string): PackFact {
  return { id, ...withStatus(fact) } as PackFact;
}

export function binsToPack(bins: AreaBinRules, addFact: (f: Fact, hint: string) => string): PackBins {
  const rules = <T extends Sourced>(list: readonly T[]) => list.map(withStatus);
  return {
    containers: bins.containers.map((c) => ({
      ...withStatus(c),
      goesIn: rules(c.goesIn),
      neverIn: rules(c.neverIn),
      notes: rules(c.notes),
    })),
    pattern: withStatus(bins.pattern),
    collectionDays: bins.collectionDays && withStatus(bins.collectionDays),
    putOut: withStatus(bins.putOut),
    exceptions: rules(bins.exceptions),
    streets: rules(bins.streets),
    general: rules(bins.general),
    christmas: rules(bins.christmas),
    contact: addFact(bins.contact, 'bins-contact'),
    findYourDay: bins.findYourDay && addFact(bins.findYourDay, 'bins-find-your-day'),
  } as PackBins;
}
