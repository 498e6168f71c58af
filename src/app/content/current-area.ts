// The content of the areas the page has loaded, read synchronously at render time. The page sets it when an area's
// pack arrives; the server can set it per request before rendering, so the same components render in both places.
import type { AddressFact, EmailFact, Fact, LinkFact, PhoneFact, RuleFact } from './fact';
import type { AreaContent } from './area-content';

const loaded = new Map<string, AreaContent>();
const listeners = new Set<(area: string) => void>();

export function setAreaContent(content: AreaContent): void {
  loaded.set(content.area, content);
  listeners.forEach((l) => l(content.area));
}

export function hasAreaContent(area: string): boolean {
  return loaded.has(area);
}

/** Called with the area whenever its content is set (a newer pack was applied). */
export function onAreaContent(listener: (area: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The loaded content of an area; pages render only after it is loaded (AreaScreen waits for it). */
export function areaContent(area: string): AreaContent {
  const content = loaded.get(area);
  if (!content) throw new Error(`the ${area} pack is not loaded`);
  return content;
}

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
  };
}
