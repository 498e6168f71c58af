// Typed fact lookups for the pages that show facts (kept out of the first load, which only needs to know what is loaded).
import type { AddressFact, CountFact, EmailFact, Fact, LinkFact, PhoneFact, RuleFact } from './fact';
import { areaContent } from './current-area';

/** Typed fact lookups for one area: each checks the fact's kind, so a pack edit cannot put an e-mail in a tel: link. */
export function factsOf(area: string) {
  const { fact } = areaContent(area);
  const of =
    <T extends Fact>(kind: T['kind']) =>
    (id: string): T => {
      const f = fact(id);
      if (f.kind !== kind) throw new Error(`fact ${id} is a ${f.kind}, not a ${kind}`);
      return f as T;
    };
  return {
    phone: of<PhoneFact>('phone'),
    link: of<LinkFact>('link'),
    email: of<EmailFact>('email'),
    rule: of<RuleFact>('rule'),
    address: of<AddressFact>('address'),
    count: of<CountFact>('count'),
  };
}
