// How facts read as plain text: the same in every language, so numbers stay as printed on letters and cards.
import type { AmountFact, Fact } from './fact';

export function formatPence(pence: number): string {
  const pounds = Math.floor(pence / 100);
  const rest = pence % 100;
  return rest === 0 ? `£${pounds}` : `£${pounds}.${String(rest).padStart(2, '0')}`;
}

export function formatAmount(amount: AmountFact): string {
  return formatPence(amount.pence);
}

/** The searchable text a fact shows on the page (a number, an address), or nothing for a rule. */
export function factText(fact: Fact): string {
  switch (fact.kind) {
    case 'phone':
      return [fact.name, fact.display].filter(Boolean).join(' ');
    case 'email':
      return fact.address;
    case 'amount':
      return formatAmount(fact);
    case 'address':
      return [...fact.lines, fact.postcode].join(', ');
    case 'count':
      return String(fact.value);
    default:
      return '';
  }
}
