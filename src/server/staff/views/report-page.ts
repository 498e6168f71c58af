import { html } from 'hono/html';
import { isLanguageCode, getLanguage } from '../../../shared/languages';
import { answerLabel, CHOSEN_FIELDS, fieldLabel } from '../answer-labels';
import { areaLabel, categoryLabel, formatTime, languageLabel } from '../labels';
import type { PersonalBody, ReportDetail, ReportEvent } from '../report-queries';
import { nextStatuses, NOTE_MAX, PASSED_ON_LABELS, PASSED_ON_TO, PERSON_NOTE_MAX, STATUS_LABELS } from '../status-flow';
import { csrfField, options, page, type Html } from './layout';

const PROBLEMS = {
  not_allowed: 'That move is not possible from this status.',
  note_required: 'Closing a report needs a note saying what was done.',
  note_too_long: `A note can be at most ${NOTE_MAX} characters.`,
  note_bad_text: 'The note has a hidden or broken character (often from copying). Please type it again.',
  person_note_too_long: `The note for the person can be at most ${PERSON_NOTE_MAX} characters.`,
  person_note_bad_text: 'The note for the person has a hidden or broken character (often from copying). Please type it again.',
  changed: 'Someone else changed this report meanwhile. Here is the latest.',
} as const;
export type MoveProblem = keyof typeof PROBLEMS;

/** What staff typed into the status form, shown back when it could not be saved. */
export type TypedMove = Partial<Record<'to' | 'note' | 'passedOnTo' | 'personNote', string>>;

function written(text: string | undefined, language: string): Html {
  if (!text) return html`<p>—</p>`;
  const lang = isLanguageCode(language) ? getLanguage(language) : undefined;
  return html`<p class="written" lang="${lang?.bcp47 ?? language}" dir="auto">${text}</p>`;
}

function value(field: string, v: unknown): string {
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (field === 'language' && typeof v === 'string') return languageLabel(v);
  return CHOSEN_FIELDS.has(field) ? answerLabel(field, String(v)) : String(v);
}

function entries(record: Record<string, unknown> | undefined, language: string): Html {
  const items = Object.entries(record ?? {}).filter(([, v]) => v !== undefined && v !== '');
  if (!items.length) return html`<p>—</p>`;
  // Picked answers are English words; typed ones are in the person's language (a phone number is digits).
  const langOf = (k: string) => (CHOSEN_FIELDS.has(k) || k === 'phone' || k === 'language' ? 'en' : language);
  return html`<dl class="answers">${items.map(([k, v]) => html`<div><dt>${fieldLabel(k)}</dt><dd lang="${langOf(k)}" dir="auto">${value(k, v)}</dd></div>`)}</dl>`;
}

/** The person's own answer; a report without one (old phone, left blank) gets a guess from the language, said as such. */
function interpreterText(answer: string | undefined, code: string, name: string): string {
  if (answer === 'yes') return `Yes (${name})`;
  if (answer === 'no') return 'No';
  return code === 'en' ? 'Not needed (English)' : `Needed: ${name} (not answered: guessed from the language)`;
}

/** First thing on the page: the language to call them in, whether they asked for an interpreter, and their district. */
function speakFirst(r: ReportDetail, b: PersonalBody): Html {
  const code = b.contact?.language ?? r.language;
  const name = languageLabel(code);
  const method = b.contact?.method;
  return html`<dl class="answers first" aria-label="Before you contact them">
    <div><dt>Speak to them in</dt><dd>${name}</dd></div>
    <div><dt>Interpreter</dt><dd>${interpreterText(b.contact?.interpreter, code, name)}</dd></div>
    ${method ? html`<div><dt>Contact by</dt><dd>${answerLabel('method', method)}${b.contact?.phone ? html` · <span dir="ltr">${b.contact.phone}</span>` : ''}</dd></div>` : ''}
  </dl>`;
}

function statusForm(r: ReportDetail, csrf: string, typed: TypedMove): Html {
  const next = nextStatuses(r.status);
  if (!next.length) return html``;
  return html`<form method="post" action="/staff/reports/${r.reference}/status" class="stack">
    <h2>Change the status</h2>
    ${csrfField(csrf)}
    <input type="hidden" name="from" value="${r.status}" />
    <label for="to">Move to</label>
    <select id="to" name="to">${options(
      next.map((s) => ({ value: s, label: STATUS_LABELS[s] })),
      typed.to ?? next[0],
    )}</select>
    <label for="passed-on-to">Passed on to (when passing on)</label>
    <select id="passed-on-to" name="passed_on_to">${options(
      PASSED_ON_TO.map((p) => ({ value: p, label: PASSED_ON_LABELS[p] })),
      typed.passedOnTo,
      'Choose',
    )}</select>
    <label for="person-note">Note for the person (they see this on their phone; plain English, no names or details)</label>
    <textarea id="person-note" name="person_note" rows="2" maxlength="${PERSON_NOTE_MAX}">${typed.personNote ?? ''}</textarea>
    <label for="note">Note (needed when closing), for staff only: the person does not see it</label>
    <textarea id="note" name="note" rows="3" maxlength="${NOTE_MAX}">${typed.note ?? ''}</textarea>
    <button type="submit">Save</button>
  </form>`;
}

function statusText(r: { status: ReportDetail['status']; passed_on_to: ReportDetail['passed_on_to'] }): string {
  return r.passed_on_to && r.status !== 'new' && r.status !== 'in_progress'
    ? `${STATUS_LABELS[r.status]} (${r.status === 'passed_on' ? 'to ' : 'was passed on to '}${PASSED_ON_LABELS[r.passed_on_to]})`
    : STATUS_LABELS[r.status];
}

function history(events: ReportEvent[]): Html {
  if (!events.length) return html`<p>No changes yet.</p>`;
  return html`<ol class="history">${events.map(
    (e) =>
      html`<li>${formatTime(e.at)} · ${e.staff}: ${STATUS_LABELS[e.from_status]} → ${STATUS_LABELS[e.to_status]}${e.passed_on_to ? ` (to ${PASSED_ON_LABELS[e.passed_on_to]})` : ''}${e.person_note ? html`<p class="written">For the person: ${e.person_note}</p>` : ''}${e.note ? html`<p class="written">${e.note}</p>` : ''}</li>`,
  )}</ol>`;
}

export function reportPage(
  staff: { name: string; csrf: string },
  r: ReportDetail,
  events: ReportEvent[],
  problem?: MoveProblem,
  typed: TypedMove = {},
): Html {
  const b = r.body;
  return page(
    { title: r.reference, staff, current: 'inbox' },
    html`<p><a href="/staff">Back to reports</a></p>
      <h1>Report ${r.reference}</h1>
      ${problem ? html`<p class="notice" role="alert">${PROBLEMS[problem]}</p>` : ''}
      ${b ? speakFirst(r, b) : ''}
      <dl class="answers">
        <div><dt>Status</dt><dd>${statusText(r)}</dd></div>
        <div><dt>Category</dt><dd>${categoryLabel(r.category)}</dd></div>
        <div><dt>Area</dt><dd>${areaLabel(r.area)}</dd></div>
        <div><dt>Postcode district</dt><dd>${r.postcode_district ?? 'Not given'}</dd></div>
        <div><dt>Received</dt><dd>${formatTime(r.received_at)}</dd></div>
        <div><dt>Written on the phone</dt><dd>${formatTime(r.created_at)} (phone clock)</dd></div>
        <div><dt>App language</dt><dd>${languageLabel(r.language)}</dd></div>
      </dl>
      ${
        b
          ? html`<h2>What they wrote</h2>${written(b.description, r.language)}
            <h2>Details</h2>${entries(b.details, r.language)}
            <h2>Contact</h2>${entries(b.contact, r.language)}
            ${b.onBehalf ? html`<h2>Sent on their behalf</h2>${entries(b.onBehalf, 'en')}` : ''}
            ${
              r.photo_count > 0
                ? html`<h2>Photos</h2><ul class="photos">${Array.from({ length: r.photo_count }, (_, i) => html`<li><img src="/staff/reports/${r.reference}/photos/${i + 1}" alt="Photo ${i + 1} sent with the report" /></li>`)}</ul>`
                : ''
            }`
          : html`<p class="notice">The personal details of this report were erased on ${formatTime(r.erased_at)}, under the retention rule.</p>`
      }
      <h2>History</h2>
      ${history(events)}
      ${statusForm(r, staff.csrf, typed)}`,
  );
}
