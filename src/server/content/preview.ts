// The change as a person will see it: the fact's text, and the sentences of the pages that show it, in English and
// one chosen language, read from the same locale files the app uses.
import type { AreaPack, PackFact } from '../../shared/pack-schema';

const LOCALES = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', { import: 'default' });

function flatten(tree: unknown, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  if (typeof tree === 'string') out[prefix] = tree;
  else if (tree && typeof tree === 'object') for (const [k, v] of Object.entries(tree)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  return out;
}

async function strings(lng: string, ns: string): Promise<Record<string, string>> {
  const load = LOCALES[`../../../locales/${lng}/${ns}.json`];
  return load ? flatten(await load()) : {};
}

const pence = (p: number) => (p % 100 === 0 ? `£${p / 100}` : `£${Math.floor(p / 100)}.${String(p % 100).padStart(2, '0')}`);

/** The fact's own text as the page shows it (language-neutral: numbers, names and addresses are never translated). */
export function factDisplay(fact: PackFact): string {
  switch (fact.kind) {
    case 'phone':
      return [fact.name, fact.display].filter(Boolean).join(': ');
    case 'amount':
      return `${pence(fact.pence)}${fact.per ? ` (${fact.per})` : ''}`;
    case 'address':
      return [...fact.lines, fact.postcode].join(', ');
    case 'link':
      return fact.url;
    case 'email':
      return fact.address;
    case 'count':
      return `${fact.value} ${fact.unit}`;
    case 'rule':
      return '(a rule: its words are in the translations, its sources here)';
  }
}

const valueText = (fact: PackFact) =>
  fact.kind === 'phone' ? fact.display : fact.kind === 'count' ? String(fact.value) : factDisplay(fact);

/** A phone's button as the page draws it ("Call Migrant Help 0808 8010 503"), in `lng`. */
async function phoneButton(fact: PackFact & { kind: 'phone' }, lng: string): Promise<string> {
  const words = { ...(await strings('en', 'content')), ...(await strings(lng, 'content')) };
  const label =
    fact.use === 'text' ? words.text : fact.name ? (words.callName ?? '').replace(/\{\{\s*name\s*\}\}/g, fact.name) : words.call;
  return `${label ?? ''} ${fact.display}`.trim();
}

/** The fact's button (phones), then up to `max` sentences, in `lng`, of topic pages whose values show it, with the new value put in. */
export async function previewSentences(packs: readonly AreaPack[], fact: PackFact, lng: string, max = 4): Promise<string[]> {
  const out: string[] = fact.kind === 'phone' ? [await phoneButton(fact, lng)] : [];
  for (const pack of packs) {
    for (const topic of Object.values(pack.topics ?? {})) {
      const keys = Object.entries(topic.values).filter(([, v]) => 'fact' in v && v.fact === fact.id);
      if (!keys.length) continue;
      const words = await strings(lng, topic.ns);
      for (const [key] of keys) {
        for (const sentence of Object.values(words).filter((s) => s.includes(`{{${key}}}`))) {
          const filled = sentence.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
            if (name === key || (name === 'count' && fact.kind === 'count')) return valueText(fact);
            const other = topic.values[name];
            return other && 'text' in other ? other.text : '…';
          });
          if (!out.includes(filled)) out.push(filled);
          if (out.length >= max) return out;
        }
      }
    }
  }
  return out;
}
