// What every fact and every bin rule in a pack carries: its sources, when and by whom it was checked, and its status.
import * as v from 'valibot';

export const factId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case letters, digits and hyphens'));
export const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
export const isoDay = v.pipe(v.string(), v.isoDate('a date written YYYY-MM-DD'));

/** verified: the sources say it; check: shown only with a caveat; unverified: no publisher page confirms it yet. */
export const SOURCED_STATUS = ['verified', 'check', 'unverified'] as const;

export const sourceSchema = v.object({
  publisher: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
  title: v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty')),
  url: v.pipe(v.string(), v.url('a full web address'), v.regex(/^https?:\/\//, 'a web address starting http:// or https://')),
  /** the date printed on the page, if any (YYYY-MM-DD or free text such as "2019") */
  pageDate: v.optional(v.pipe(v.string(), v.nonEmpty('must not be empty'))),
});

export const sourced = {
  sources: v.pipe(v.array(sourceSchema), v.minLength(1, 'a fact needs at least one source')),
  checked: isoDay,
  checkedBy: v.pipe(v.string(), v.trim(), v.nonEmpty('say who checked it')),
  status: v.picklist(SOURCED_STATUS),
  caveat: v.optional(v.literal('check')),
};
