// Facts are data, not words: each carries where it came from and when it was checked.
// Prose that explains a fact lives in locales/; a changed number never needs re-translating.

export interface Source {
  /** https URL of the publisher's own public page the fact was read from (never a mirror or a staging copy) */
  url: string;
  /** who published the page, as people know them ("Sefton Council", "NHS England") */
  publisher: string;
  /** the page's own title, in English, as shown in "Sources" */
  title: string;
  /** the date printed on that page, if any (YYYY-MM-DD or free text such as "2019") */
  pageDate?: string;
}

export interface Sourced {
  sources: readonly Source[];
  /** the day someone last checked the fact against its sources (YYYY-MM-DD) */
  checked: string;
  /** 'check': the sources disagree or may be out of date, so the page shows it only with a caveat */
  caveat?: 'check';
}

/** A phone number people can tap. `digits` is what goes in tel:, `display` what people read. */
export interface PhoneFact extends Sourced {
  kind: 'phone';
  digits: string;
  display: string;
  /** who answers, a proper noun shown as written ("Migrant Help"); none for 999 and 101 */
  name?: string;
  /** 'text' for a number that takes text messages only (an sms: link) */
  use?: 'call' | 'text';
}

export interface AddressFact extends Sourced {
  kind: 'address';
  lines: readonly string[];
  postcode: string;
  lat?: number;
  lon?: number;
}

export interface LinkFact extends Sourced {
  kind: 'link';
  url: string;
}

export interface AmountFact extends Sourced {
  kind: 'amount';
  /** in pence, so sums never drift */
  pence: number;
  per?: 'week' | 'year' | 'once';
}

export interface EmailFact extends Sourced {
  kind: 'email';
  address: string;
}

/** A number inside a rule (21 days, aged 19): kept as data so the words never hold it. */
export interface CountFact extends Sourced {
  kind: 'count';
  value: number;
  unit: 'hours' | 'days' | 'weeks' | 'months' | 'years' | 'people';
}

/** A rule whose words live in locales/ and whose source lives here. */
export interface RuleFact extends Sourced {
  kind: 'rule';
}

export type Fact = PhoneFact | AddressFact | LinkFact | AmountFact | EmailFact | CountFact | RuleFact;
