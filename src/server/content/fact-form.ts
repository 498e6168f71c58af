// The fact form's fields to and from a fact. Only what an editor may change is read from the form; the id and kind
// stay the fact's own. Checks the schema cannot make (a source with its page date) are made here, in plain words.
import type { PackFact, PackIssue } from '../../shared/pack-schema';

export const SOURCE_SLOTS = 3;

type Form = Record<string, unknown>;
const text = (form: Form, name: string) => (typeof form[name] === 'string' ? (form[name] as string).trim() : '');
const optional = (value: string) => (value === '' ? undefined : value);
/** A field the form did not send at all keeps the fact's value; one sent empty is empty. */
const sent = (form: Form, name: string, before: string | undefined) => (typeof form[name] === 'string' ? text(form, name) : (before ?? ''));

/** "£49.18", "49.18" or "49" → 4918 pence; anything else → NaN. */
export function parsePounds(value: string): number {
  const m = /^£?\s*(\d{1,6})(?:\.(\d{2}))?$/.exec(value.replace(/,/g, ''));
  return m ? Number(m[1]) * 100 + Number(m[2] ?? 0) : NaN;
}

export const formatPounds = (pence: number) => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;

/** The edited fact (not yet validated against the schema) and the problems found on the way. */
export function factFromForm(before: PackFact, form: Form, editor: string, today: string): { fact: PackFact; issues: PackIssue[] } {
  const issues: PackIssue[] = [];
  const sources = [];
  for (let i = 0; i < SOURCE_SLOTS; i++) {
    const s = { publisher: text(form, `source${i}.publisher`), title: text(form, `source${i}.title`), url: text(form, `source${i}.url`) };
    const pageDate = text(form, `source${i}.pageDate`);
    if (!s.publisher && !s.title && !s.url && !pageDate) continue;
    if (!pageDate)
      issues.push({ path: `sources.${sources.length}.pageDate`, rule: 'required', message: 'give the date printed on the source page' });
    sources.push({ ...s, ...(pageDate ? { pageDate } : {}) });
  }
  if (!sources.length) issues.push({ path: 'sources', rule: 'required', message: 'a fact needs at least one source, with its page date' });
  const status = text(form, 'status');
  const common = {
    id: before.id,
    sources,
    checked: today,
    checkedBy: editor,
    status,
    ...(status === 'verified' ? {} : { caveat: 'check' }),
  };
  const fields: Record<string, unknown> = {};
  switch (before.kind) {
    case 'phone':
      Object.assign(fields, {
        digits: sent(form, 'digits', before.digits).replace(/[\s-]/g, ''),
        display: sent(form, 'display', before.display),
        name: optional(sent(form, 'name', before.name)),
        use: before.use,
      });
      break;
    case 'amount': {
      const pence = parsePounds(text(form, 'pounds'));
      if (Number.isNaN(pence)) issues.push({ path: 'pence', rule: 'pounds', message: 'write the amount in pounds, such as 49.18' });
      Object.assign(fields, { pence: Number.isNaN(pence) ? -1 : pence, per: before.per });
      break;
    }
    case 'address':
      Object.assign(fields, {
        lines: text(form, 'lines')
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean),
        postcode: text(form, 'postcode').toUpperCase(),
        lat: before.lat,
        lon: before.lon,
      });
      break;
    case 'link':
      fields.url = text(form, 'url');
      break;
    case 'email':
      fields.address = text(form, 'address');
      break;
    case 'count':
      fields.value = /^\d+(\.\d+)?$/.test(text(form, 'value')) ? Number(text(form, 'value')) : -1;
      fields.unit = before.unit;
      break;
  }
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return { fact: { ...common, kind: before.kind, ...defined } as PackFact, issues };
}
